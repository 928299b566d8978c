"""Which files a run reads: paths, globs, standard input, ``sources.toml`` manifests, stories.

A PATH is a file, a directory, a glob (quoted, so the shell left it alone)
or ``-`` (one article from standard input).  A directory is walked
recursively (``compare.selection``: include/exclude globs, hidden
directories skipped) for its ``*.txt``, ``*.text``, ``*.md``,
``*.markdown``, ``*.html`` and ``*.htm`` files plus any file a
``sources.toml`` names; each directory holding articles is one story,
named after it (``stories/ukraine`` for a subfolder), unless its manifest
says ``story = ...``.  PDF and word-processor files are listed as skipped,
never dropped silently; a directory without a single article is an error
("no articles found under PATH").  Order is deterministic: arguments as
given, files sorted by name within a directory, a directory before its
subdirectories.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import hashlib
import json
import os
import posixpath
import re
import stat
import sys
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from compare.compact import NameSet
from compare.corpus.remote import (
    FILE_SCHEME,
    Listing,
    filesystem,
    is_url,
    listed_target,
    local_path,
    one_line,
    read_at_most,
)
from compare.errors import InputError, read_toml
from compare.selection import UNREAD_FORMATS, Selection, expand, has_glob, walk

if TYPE_CHECKING:
    pass

MANIFEST = "sources.toml"
FORMATS: dict[str, Literal["txt", "md", "html"]] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"
STDIN_SHOWN = "<stdin>"
# Standard input has no file name: markup is recognised by how it starts.
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MANIFEST_TEXT_KEYS = ("outlet", "title", "author", "url", "story")


@dataclass(frozen=True)
class _Meta:
    """One ``[[source]]`` entry, validated."""

    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    story: str | None = None
    # As the manifest wrote it, normalised ("en-GB" → "en"); whether it is
    # supported is the loader's question (``compare.lang.check_language``).
    language: str | None = None


@dataclass(frozen=True)
class _Candidate:
    """A file to read: where it is, how the user names it, and what we know of it."""

    file: Path
    shown: str
    directory: str
    story: str
    meta: _Meta
    problem: str | None = None
    data: bytes | None = None  # standard input, read already
    format: Literal["txt", "md", "html"] | None = None  # when no file suffix says it
    # The walk's lstat of the file, so that the incremental check need not stat it again.
    lstat: os.stat_result | None = field(default=None, compare=False, repr=False)
    # Named by a URL (``compare.corpus.remote``): read through fsspec, and under
    # ``--engine dask`` by the workers, not by the client.  A ``file://`` URL's
    # ``file`` is the local path (a mount the workers share).
    url: str | None = None


def _dir_name(directory: Path) -> str:
    # resolve() so "." and "seeds/" both name the directory itself.
    return directory.resolve().name or str(directory.resolve())


def _entry_lines(text: str) -> list[int]:
    """1-based line of each ``[[source]]`` header, in order (for error messages)."""
    header = re.compile(r"\s*\[\[\s*(?:source|\"source\"|'source')\s*\]\]")
    return [i for i, line in enumerate(text.splitlines(), 1) if header.match(line)]


def _key_line(lines: list[str], start: int | None, key: str) -> int | None:
    """The line of ``key = ...`` inside the entry whose header is on line ``start``."""
    if start is None:
        return None
    pattern = re.compile(rf"\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if line.lstrip().startswith("["):
            break
        if pattern.match(line):
            return number
    return start


def _published(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            return None
    return None


# Manifests already parsed, by the SHA-256 of their bytes, each kept as the JSON text of its
# entries (``manifests_to_json``'s rows), compressed: one ``bytes`` a manifest (~0.06 KB a
# file), where a ``_Meta`` an entry was ~0.45 KB a file of a warm check's corpus, kept for the
# run (issue 14); the entries are made again when the walk reaches it (``parsed_manifest``).  Parsing TOML is
# most of the cost of planning a large repository (500 manifests: 0.4 s of
# tomllib, 0.6 s of checks); a warm incremental ``check`` fills this from its
# cache (``compare.incremental_check``).  Only the parse is remembered: the checks
# against the file system run every time (``_plain_targets``), and anything
# they cannot vouch for cheaply goes through the full checks again.
PARSED_MANIFESTS: dict[str, bytes] = {}
# The content hashes of the manifests read since the set was last cleared.
READ_MANIFESTS: set[str] = set()
# The digests whose text in ``PARSED_MANIFESTS`` did not hold up when read (a damaged or forged
# cache): parsed again from their file, and to be written again (``incremental_check``).
MALFORMED_MANIFESTS: set[str] = set()


class LoadedManifests:
    """The manifests' packed parses a cache held (``manifests_from_json``), beside
    ``PARSED_MANIFESTS``: their digests (a ``compact.Numbered``) and their Base64 texts (a
    ``compact.Texts``) in temporary files past a page, each read when the walk reaches its
    manifest (``parsed_manifest``); which of them the walk read (``READ_MANIFESTS``'s share), a
    byte each.  Held in memory for the run, a manifest's digest, packed text and set entries
    were ~0.75 KB a story directory of a warm check: most of what its peak still grew from
    5,000 to 20,000 articles (issue 14)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        from compare.compact import Numbered, Texts

        self.digests = Numbered(directory)
        self.texts = Texts(directory=directory)
        self.read = bytearray()  # per number: 1 once the walk read the manifest

    def add(self, digest: str, text: str) -> None:
        if self.digests.number(digest) is None:
            self.digests.add(digest)
            self.texts.append(text)
            self.read.append(0)

    def blob(self, digest: str) -> bytes | None:
        """The packed text of ``digest`` (checked Base64 when it was added), or None."""
        number = self.digests.number(digest)
        return None if number is None else base64.b64decode(self.texts[number])

    def mark_read(self, digest: str) -> bool:
        """Note that the walk read the manifest ``digest``; False when it is not one of these."""
        number = self.digests.number(digest)
        if number is None:
            return False
        self.read[number] = 1
        return True

    def read_digests(self) -> list[str]:
        return [self.digests[n] for n, was in enumerate(self.read) if was]

    def __contains__(self, digest: object) -> bool:
        # Taken from the cache's data as it was, and not found malformed since.
        return (
            isinstance(digest, str)
            and digest not in MALFORMED_MANIFESTS
            and self.digests.number(digest) is not None
        )

    def close(self) -> None:
        self.digests.close()
        self.texts.close()


# The manifests a check loaded from its cache (``manifests_from_json``), until the next one.
LOADED_MANIFESTS: list[LoadedManifests] = []


def _loaded_blob(digest: str) -> bytes | None:
    if digest in MALFORMED_MANIFESTS or not LOADED_MANIFESTS:
        return None  # a text that did not hold up is not taken again
    return LOADED_MANIFESTS[0].blob(digest)


def _note_read(digest: str) -> None:
    """``digest`` into ``READ_MANIFESTS``, or marked in ``LOADED_MANIFESTS`` when it is one of those."""
    if not (LOADED_MANIFESTS and LOADED_MANIFESTS[0].mark_read(digest)):
        READ_MANIFESTS.add(digest)


def read_manifests() -> list[str]:
    """The digests of the manifests read since ``READ_MANIFESTS`` was last cleared (those of
    ``LOADED_MANIFESTS`` since it was loaded), sorted."""
    loaded = LOADED_MANIFESTS[0].read_digests() if LOADED_MANIFESTS else []
    return sorted({*loaded, *READ_MANIFESTS})


def _plain_targets(directory: Path | str, entries: dict[str, _Meta], modes: dict[str, int]) -> bool:
    """Whether every entry names a regular file directly in ``directory`` (not a link, no subfolder).

    Such a target cannot lead outside the directory, so the full checks of
    ``_read_manifest`` would pass; anything else is checked in full.  ``modes``
    are the ``lstat`` modes the walk already has, by name.
    """
    where = str(directory)
    for name in entries:
        if "/" in name or os.sep in name or name in (".", ".."):
            return False
        mode = modes[name] if name in modes else _lmode(os.path.join(where, name))
        if not stat.S_ISREG(mode):
            return False
    return True


def _read_manifest(
    directory: Path | str, shown_dir: str, modes: dict[str, int] | None = None
) -> dict[str, _Meta]:
    """Entries of ``directory/sources.toml`` keyed by normalised relative path ({} if none)."""
    return _read_manifest_digest(directory, shown_dir, modes)[0]


def _read_manifest_digest(
    directory: Path | str, shown_dir: str, modes: dict[str, int] | None = None
) -> tuple[dict[str, _Meta], str | None]:
    """``_read_manifest``, and the SHA-256 of the manifest's bytes (None: no manifest)."""
    # On strings: a ``Path`` here interned its name each directory of a walk (see ``Listed``).
    path = os.path.join(directory, MANIFEST)
    shown = os.path.join(shown_dir, MANIFEST)
    if not _is_file(path):
        return {}, None
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    digest = hashlib.sha256(raw).hexdigest()
    _note_read(digest)
    known = parsed_manifest(digest)
    if known is not None and _plain_targets(directory, known, modes or {}):
        return known, digest
    entries = _parse_manifest(raw, shown, shown_dir, _local_target(Path(directory), shown_dir))
    PARSED_MANIFESTS[digest] = _packed(_manifest_text(entries))
    return entries, digest


def _is_file(path: str) -> bool:
    """``Path(path).is_file()`` on a string: a regular file (links followed); False when it is
    missing, not reachable or a loop, and the other errors raised (pathlib's rule)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return False
    except ValueError:
        return False


_META_FIELDS = ("outlet", "title", "author", "published", "url", "story", "language")


def _manifest_text(entries: dict[str, _Meta]) -> str:
    """A manifest's parsed entries as ``PARSED_MANIFESTS`` keeps them: JSON text of a row an entry."""
    rows = {
        name: [
            v.isoformat() if isinstance(v, dt.date) else v for v in (getattr(meta, f) for f in _META_FIELDS)
        ]
        for name, meta in entries.items()
    }
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _packed(text: str) -> bytes:
    # Level 1, the cheapest (a warm run packs every manifest: ~15 us each): generated manifests
    # shrink ~7x, their repeated keys and outlets being most of the text.
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


# The most text a packed manifest may unpack to (a manifest of 100,000 entries is ~30 MB): a
# blob read from a cache (``manifests_from_json``) is not trusted to be one this process packed.
_MAX_MANIFEST_TEXT = 1 << 28


def _unpacked(blob: bytes) -> str:
    unpack = zlib.decompressobj()
    text = unpack.decompress(blob, _MAX_MANIFEST_TEXT)
    if unpack.unconsumed_tail or not unpack.eof or unpack.unused_data:
        raise zlib.error("not one packed manifest")
    return text.decode("utf-8", "surrogatepass")


def parsed_manifest(digest: str | None) -> dict[str, _Meta] | None:
    """The entries of the manifest whose bytes have SHA-256 ``digest``, made from
    ``PARSED_MANIFESTS``; None when it holds none for it, or a text that does not hold up
    (dropped, and its digest added to ``MALFORMED_MANIFESTS``: the file is parsed again)."""
    blob = PARSED_MANIFESTS.get(digest) if digest is not None else None
    if blob is None and digest is not None:
        blob = _loaded_blob(digest)
    if blob is None:
        return None
    try:
        parsed: dict[str, _Meta] = {}
        for name, row in json.loads(_unpacked(blob)).items():
            # (A row of an older cache has no language: unpacking fails, the manifest is read again.)
            outlet, title, author, published, url, story, language = row
            texts = (name, outlet, title, author, url, story, language)
            if not isinstance(name, str) or not all(x is None or isinstance(x, str) for x in texts):
                raise TypeError("not a string")
            parsed[name] = _Meta(
                outlet=outlet,
                title=title,
                author=author,
                published=None if published is None else dt.date.fromisoformat(published),
                url=url,
                story=story,
                language=language,
            )
    except (ValueError, TypeError, AttributeError, RecursionError, zlib.error):
        PARSED_MANIFESTS.pop(digest, None)  # type: ignore[arg-type]
        MALFORMED_MANIFESTS.add(digest)  # type: ignore[arg-type]
        return None
    return parsed


def manifests_to_json(digests: Iterable[str]) -> dict[str, Any]:
    """The parsed manifests of ``digests``, as JSON data (see ``PARSED_MANIFESTS``): each its
    packed text in Base64, as kept (~6x shorter than the text for generated manifests: a warm
    check's ``files.json`` is mostly these, and parsing it whole was its memory's peak, four
    copies of ~3 MB at 20,000 articles, session 26), so that neither writing nor reading it
    packs or unpacks a manifest."""
    known = PARSED_MANIFESTS
    return {
        digest: base64.b64encode(blob).decode("ascii")
        for digest in digests
        if (blob := _blob_of(known, digest)) is not None
    }


def _blob_of(known: dict[str, bytes], digest: str) -> bytes | None:
    blob = known.get(digest)
    return _loaded_blob(digest) if blob is None else blob


def manifests_from_json(data: Any, directory: str | os.PathLike[str] | None = None) -> LoadedManifests:
    """Take what ``manifests_to_json`` wrote (each manifest's packed text, checked when the walk
    reads it: ``parsed_manifest``) as ``LOADED_MANIFESTS``, in temporary files in ``directory``;
    what is not Base64 text is left out.  The manifests taken, as a container of their digests
    (``manifests_to_json`` of them gives ``data`` back: a manifest's parse depends on its bytes
    alone)."""
    loaded = LoadedManifests(directory)
    for old in LOADED_MANIFESTS:
        old.close()
    LOADED_MANIFESTS[:] = [loaded]
    if not isinstance(data, dict):
        return loaded
    for digest, text in data.items():
        if not (isinstance(digest, str) and isinstance(text, str)):
            continue
        try:
            blob = base64.b64decode(text, validate=True)
        except ValueError:
            continue
        # A blob other than the one this process already holds for those bytes is not taken.
        held = PARSED_MANIFESTS.get(digest)
        if held is None or held == blob:
            loaded.add(digest, text)
    return loaded


def _local_target(directory: Path, shown_dir: str) -> Callable[[str], str | None]:
    """What is wrong with a manifest's relative ``file`` name in a local ``directory`` (None: nothing)."""
    root = directory.resolve()

    def locate(name: str) -> str | None:
        target = directory / name
        # resolve() follows symlinks, so a link inside the folder that leads out is caught too.
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):  # a symbolic link loop (RuntimeError before Python 3.13)
            return "is a symbolic link loop"
        if not resolved.is_relative_to(root):
            return f"points outside {shown_dir}"
        if not target.is_file():
            return "does not exist"
        return None

    return locate


def _where_in(shown: str, lines: list[str], header: int | None) -> Callable[[str], str]:
    """Where a manifest entry's key is, for an error message: "sources.toml:12", else the file alone.

    ``header`` is the line of the entry's ``[[source]]`` header (None when the
    headers could not be matched to the entries): a key's line is looked up
    only when an error needs it.
    """

    def where(key: str) -> str:
        line = _key_line(lines, header, key)
        return f"{shown}:{line}" if line is not None else shown

    return where


def _entry_file(
    entry: dict[str, Any],
    n: int,
    where: Callable[[str], str],
    shown_dir: str,
    locate: Callable[[str], str | None],
) -> str:
    """The ``file`` an entry names, checked: a non-empty string, relative, and there (``locate``).

    A name that leads out of the manifest's directory would read a file the
    user did not point at, so it is an error, not a skipped file.
    """
    name = entry.get("file")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f'{where("file")}: entry {n + 1} needs file = "NAME" (a string)')
    # "C:\x" and "\\server\share" are absolute on Windows; "e::x.txt" is a
    # legal POSIX name with a colon in it, not a drive.
    if "\0" in name or PurePosixPath(name).is_absolute() or _WINDOWS_ABSOLUTE.match(name):
        raise InputError(f"{where('file')}: file {name!r} points outside {shown_dir}")
    problem = locate(name)
    if problem is not None:
        raise InputError(f"{where('file')}: file {name!r} {problem}")
    return name


def _entry_fields(entry: dict[str, Any], where: Callable[[str], str]) -> dict[str, Any]:
    """The metadata an entry gives (``_Meta``'s fields), each checked and normalised.

    Texts are strings with their runs of white space made one space (an empty
    one is as if absent); ``published`` a TOML date or datetime; ``language``
    a language code.  A value of the wrong kind is an error naming its line.
    """
    fields: dict[str, Any] = {}
    for field_name in _MANIFEST_TEXT_KEYS:
        value = entry.get(field_name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"{where(field_name)}: {field_name} must be a string, not {value!r}")
        value = " ".join(value.split())
        if value:
            fields[field_name] = value
    if "published" in entry:
        published = _published(entry["published"])
        if published is None:
            raise InputError(
                f"{where('published')}: published must be a TOML date "
                f"(2022-01-08) or datetime, not {entry['published']!r}"
            )
        fields["published"] = published
    if "language" in entry:
        fields["language"] = _language(entry["language"], where("language"))
    return fields


def _parse_manifest(
    raw: bytes, shown: str, shown_dir: str, locate: Callable[[str], str | None]
) -> dict[str, _Meta]:
    """A manifest's entries; ``locate`` says what is wrong with a (relative) ``file`` name, if anything:
    local directories and URLs (``compare.corpus.remote``) differ only there."""
    text, data = read_toml(raw, shown)
    sources = data.get("source", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise InputError(f"{shown}: 'source' must be an array of tables ([[source]] entries)")

    lines = text.splitlines()
    headers = _entry_lines(text)
    entries: dict[str, _Meta] = {}
    first_where: dict[str, str] = {}
    for n, entry in enumerate(sources):
        # Lines are told only when every entry's header was found: else which header is whose is unknown.
        header = headers[n] if n < len(headers) and len(headers) == len(sources) else None
        where = _where_in(shown, lines, header)
        name = _entry_file(entry, n, where, shown_dir, locate)
        key = os.path.normpath(name)
        if key in entries:
            raise InputError(f"{where('file')}: file {name!r} is listed twice (also in {first_where[key]})")
        entries[key] = _Meta(**_entry_fields(entry, where))
        first_where[key] = f"entry {n + 1}"
    return entries


def _language(value: object, where: str) -> str:
    """A manifest's ``language = "en"``, lower case, its primary subtag only ("en-GB", "en_US" → "en")."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f'{where}: language must be a language code such as "en", not {value!r}')
    return value.strip().lower().replace("_", "-").split("-")[0]


_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]|[\\/]{2}")


def _is_regular(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


@dataclass(frozen=True)
class Listed:
    """One directory of a walk as planning found it, before its candidates are made: where it is
    (``here``, as the walk names it), how it is shown, its story name, the files to plan in
    order, the walk's lstat of each selected one, its manifest's entries and that manifest's
    SHA-256 (None: no manifest).  A ``DirectoryHook`` may take it whole (the incremental
    check's recalled directories, ``compare.incremental_check``).  ``here`` is a string, not a
    ``Path``: pathlib interns every part of a path it parses, and a warm check's walk of 20,000
    articles made enough of those (dying with their paths) to grow the interpreter's table of
    interned strings once (issue 14)."""

    here: str
    shown_dir: str
    dir_name: str
    relative: list[str]
    stats: dict[str, os.stat_result | None]
    manifest: dict[str, _Meta]
    manifest_digest: str | None


# Called for every directory a walk plans; True: the caller took the directory whole, and
# its candidates are not made (nor claimed: the caller must know no other path reaches them).
DirectoryHook = Callable[[Listed], bool]


def listed_candidates(listed: Listed) -> list[_Candidate]:
    """The candidates of a directory a ``DirectoryHook`` took whole, as the walk would have made
    them: the hook takes a directory only when every file is a regular one it selected, no
    other path claims any and none has a problem."""
    here = Path(listed.here)
    return [
        _candidate(listed, rel, here / rel, listed.manifest.get(rel, _Meta()), None)
        for rel in listed.relative
    ]


def _candidate(listed: Listed, rel: str, file: Path, meta: _Meta, problem: str | None) -> _Candidate:
    return _Candidate(
        file=file,
        shown=os.path.join(listed.shown_dir, rel),
        directory=listed.dir_name,
        story=meta.story or listed.dir_name,
        meta=meta,
        problem=problem,
        lstat=listed.stats.get(rel),
    )


def _walked(
    arg: str, directory: Path, selection: Selection
) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """Each directory under ``directory`` as the walk lists it (``compare.selection.walk``).

    One directory at a time: the whole listing (every directory's names) was
    ~0.1 KB a file held until the last candidate, 1.9 MB at 20,000 files under
    one PATH (docs/scaling.md, session 19).  A directory that cannot be listed
    ends the run with an error naming it, once the walk reaches it.
    """
    walked = walk(arg, directory, selection, FORMATS)
    while True:
        try:
            listed_dir = next(walked, None)
        except OSError as exc:
            where = exc.filename if isinstance(exc.filename, str) else arg
            raise InputError(f"{where}: cannot list directory ({exc.strerror or exc})") from None
        if listed_dir is None:
            return
        yield listed_dir


def _list_directory(
    arg: str, top: str, here: str, rel_dir: str, names: list[str], unread: list[str]
) -> tuple[Listed, dict[str, int]]:
    """One walked directory as planning sees it, and the mode of each of its selected names.

    The files to plan are the selected ones, the unread formats (listed as
    skipped) and every file the manifest names (another extension, a
    subfolder): an article its author listed must never vanish silently.  A
    dangling link or a link loop named like an article is listed as skipped,
    not dropped.
    """
    shown_dir = os.path.join(arg, rel_dir) if rel_dir else arg
    # One lstat a name, on strings: Path objects and a stat per question
    # were most of the cost of planning 10,000 files.
    stats = {n: _lstat(os.path.join(here, n)) for n in names}
    modes = {n: st.st_mode if st is not None else 0 for n, st in stats.items()}
    manifest, manifest_digest = _read_manifest_digest(here, shown_dir, modes)
    dir_name = f"{top}/{rel_dir}" if rel_dir else top
    found = {
        n for n, mode in modes.items() if stat.S_ISREG(mode) or stat.S_ISLNK(mode) or _isfile(here, n)
    }
    relative = sorted(found | set(manifest) | set(unread), key=_parts)
    return Listed(here, shown_dir, dir_name, relative, stats, manifest, manifest_digest), modes


def _link_problem(file: Path, mode: int, root: Path) -> str | None:
    """Why a symbolic link is not read: it leads nowhere, or out of the directory given (None: fine).

    A link that leads out would read a file the user did not point at.
    """
    if not stat.S_ISLNK(mode):
        return None
    try:
        resolved = file.resolve(strict=True)
    except (OSError, RuntimeError):  # missing target, or a loop
        return "symbolic link to nothing (its target is missing, or it is a loop)"
    if not resolved.is_relative_to(root):
        return "symbolic link pointing outside its directory"
    return None


def _unread_problem(rel: str, unread: Collection[str], manifest: Collection[str]) -> str | None:
    """Why a file is listed but not read: its format (PDF, word processor) is none the tool reads.

    A manifest that names the file asks for it to be read as text, so it is
    not skipped.  Local and remote directories (``_plan_url_directory``) say it alike.
    """
    if rel not in unread or rel in manifest:
        return None
    return (
        f"{UNREAD_FORMATS[Path(rel).suffix.lower()]}, not read (articles are read from "
        "text, Markdown and HTML files; convert it, or --exclude it)"
    )


def _no_articles(arg: str, selection: Selection) -> InputError:
    """The error of a directory argument under which not one article was found."""
    return InputError(f"no articles found under {arg} (looked for {selection.describe(FORMATS)})")


def _directory_candidates(
    listed: Listed,
    modes: dict[str, int],
    unread: Collection[str],
    root: Path,
    cwd: str,
    claimed: set[str] | NameSet,
) -> Iterator[_Candidate]:
    """The candidates of one listed directory, each file claimed so that no other path plans it again."""
    here_s = listed.here
    here = Path(here_s)
    for rel in listed.relative:
        file = here / rel
        key = os.path.normpath(os.path.join(cwd, here_s, rel))
        if key in claimed:  # named by a manifest higher up, or reached by another argument
            continue
        claimed.add(key)
        meta = listed.manifest.get(rel, _Meta())
        mode = modes[rel] if rel in modes else _lmode(os.path.join(here_s, rel))
        problem = _link_problem(file, mode, root) or _unread_problem(rel, unread, listed.manifest)
        yield _candidate(listed, rel, file, meta, problem)


def _plan_directory(
    arg: str,
    directory: Path,
    selection: Selection,
    claimed: set[str] | NameSet,
    hook: DirectoryHook | None = None,
) -> Iterator[_Candidate]:
    """The candidates under a directory argument, walked directory by directory.

    A ``hook`` may take a listed directory whole (its candidates are then not
    made); a walk that finds not one file to plan is an error.
    """
    # A generator: a caller that reads each file as it comes (``iter_plan``) never holds
    # every candidate of a big directory at once.
    root = directory.resolve()
    top = _dir_name(directory)
    cwd = os.getcwd()
    found_any = False
    for here, rel_dir, names, unread in _walked(arg, directory, selection):
        listed, modes = _list_directory(arg, top, here, rel_dir, names, unread)
        found_any = found_any or bool(listed.relative)
        if hook is not None and hook(listed):
            continue
        yield from _directory_candidates(listed, modes, unread, root, cwd, claimed)
    if not found_any:
        raise _no_articles(arg, selection)


def _parts(relative: str) -> tuple[str, ...]:
    return (relative,) if "/" not in relative else PurePosixPath(relative).parts


def _lmode(path: str) -> int:
    """The ``st_mode`` of ``path`` itself (a link is not followed); 0 when it cannot be read."""
    st = _lstat(path)
    return st.st_mode if st is not None else 0


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (OSError, ValueError):
        return None


def _isfile(directory: str, name: str) -> bool:
    # What os.path.isfile says of a name lstat could not read.
    return os.path.isfile(os.path.join(directory, name))


def _plan_file(arg: str, path: Path, mode: int, manifests: dict[Path, dict[str, _Meta]]) -> _Candidate:
    parent = path.parent
    if parent not in manifests:
        manifests[parent] = _read_manifest(parent, str(parent))
    meta = manifests[parent].get(os.path.normpath(path.name), _Meta())
    dir_name = _dir_name(parent)
    return _Candidate(
        file=path,
        shown=arg,
        directory=dir_name,
        story=meta.story or dir_name,
        meta=meta,
        problem=None if stat.S_ISREG(mode) else "not a regular file",
    )


def _stat(arg: str) -> int:
    try:
        return os.stat(arg).st_mode
    except FileNotFoundError:
        raise InputError(f"{arg}: no such file or directory") from None
    except OSError as exc:
        raise InputError(f"{arg}: cannot access ({exc.strerror or exc})") from None


def _plan_glob(
    arg: str, selection: Selection, claimed: set[str] | NameSet, manifests: dict[Path, dict[str, _Meta]]
) -> list[_Candidate]:
    """A glob the shell did not expand: directories it matches are walked, files filtered like a walk's."""
    plan: list[_Candidate] = []
    for match in expand(arg):
        mode = _stat(match)
        if stat.S_ISDIR(mode):
            plan.extend(_plan_directory(match, Path(match), selection, claimed))
            continue
        rel = match.replace(os.sep, "/")
        if not selection.selects(rel, rel, FORMATS):
            continue
        key = os.path.normpath(os.path.abspath(match))
        if key not in claimed:
            claimed.add(key)
            plan.append(_plan_file(match, Path(match), mode, manifests))
    if not plan:
        raise InputError(f"no articles found under {arg} (no article file matches the pattern)")
    return plan


def _plan_stdin(stdin: BinaryIO | None, max_bytes: int) -> _Candidate:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = read_at_most(stream, max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{STDIN_SHOWN}: cannot read ({exc.strerror or exc})") from None
    return _Candidate(
        file=Path(STDIN_SHOWN),
        shown=STDIN_SHOWN,
        directory="stdin",
        story="stdin",
        meta=_Meta(),
        data=data,
        format="html" if _HTML_START.match(data[:4096]) else "txt",
    )


def _plan_arg(
    arg: str,
    selection: Selection,
    claimed: set[str] | NameSet,
    manifests: dict[Path, dict[str, _Meta]],
    hook: DirectoryHook | None = None,
) -> Iterable[_Candidate]:
    """The candidates of one local PATH argument: a glob, a directory or a file (``hook``: see
    ``iter_plan``)."""
    if has_glob(arg) and not os.path.lexists(arg):
        return _plan_glob(arg, selection, claimed, manifests)
    mode = _stat(arg)
    if stat.S_ISDIR(mode):
        return _plan_directory(arg, Path(arg), selection, claimed, hook)
    # Named on the command line: read whatever include/exclude say, like ruff and black.
    claimed.add(os.path.normpath(os.path.abspath(arg)))
    return [_plan_file(arg, Path(arg), mode, manifests)]


def _plan(
    paths: Sequence[str | Path],
    selection: Selection | None = None,
    *,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
) -> list[_Candidate]:
    plan = list(iter_plan(paths, selection, max_bytes=max_bytes, stdin=stdin))
    piped = next((c for c in plan if c.data is not None), None)
    if piped is not None:
        story = piped_story(piped, {c.story for c in plan if c is not piped})
        plan = [replace(c, story=story) if c is piped else c for c in plan]
    return plan


def piped_story(piped: _Candidate, stories: Collection[str]) -> str:
    """The story of an article piped in: that of the other inputs when they tell one story."""
    return next(iter(stories)) if len(stories) == 1 else piped.story


def iter_plan(
    paths: Sequence[str | Path],
    selection: Selection | None = None,
    *,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
    claimed_set: Callable[[], set[str] | NameSet] = set,
    hook: DirectoryHook | None = None,
) -> Iterator[_Candidate]:
    """``_plan``'s candidates as the walk finds them, the one piped in (``data`` set) with its
    own story: the caller applies ``piped_story`` once it has seen the others.  Whole-run
    problems (a missing PATH, a bad manifest) are raised when the walk reaches them, so a
    caller that reads files as they come must not let a file's problem pre-empt them
    (``engine._plan_stubs`` with ``--strict`` finishes the walk first).  The paths it has
    yielded are remembered in a set made by ``claimed_set``: a Python set, or a
    ``compact.NameSet`` (~40 bytes a file, on disk past a few pages) for the client of a
    streamed report (``engine``).  The incremental check keeps every file's state in memory
    anyway, and a NameSet's digests and pages cost its warm run ~0.1 s at 10,000 files.
    ``hook`` is called with each directory a local directory PATH walks (``Listed``; not
    those of globs or URLs): a directory it takes has no candidates."""
    selection = selection or Selection()
    manifests: dict[Path, dict[str, _Meta]] = {}
    claimed = claimed_set()
    piped = False
    for given in paths:
        arg = str(given)
        if arg == STDIN and not isinstance(given, Path):
            if piped:
                raise InputError(f"{STDIN}: standard input can be read only once")
            piped = True
            yield _plan_stdin(stdin, max_bytes)
            continue
        if is_url(arg):
            if arg.startswith(FILE_SCHEME):
                # A local path the workers share: the local rules, read by the workers.
                local = _plan_arg(local_path(arg), selection, claimed, manifests)
                yield from (replace(c, url=FILE_SCHEME + os.path.abspath(c.file)) for c in local)
            else:
                yield from plan_url(arg, selection, claimed)
            continue
        yield from _plan_arg(arg, selection, claimed, manifests, hook)


# --- PATHs that are URLs (compare.corpus.remote): the same rules over a filesystem's listing ---


def plan_url(arg: str, selection: Selection, claimed: set[str] | NameSet) -> list[_Candidate]:
    """The candidates a URL (not ``file://``) names: a directory, one file, or a glob, in a
    local walk's order."""
    fs, root = filesystem(arg)
    if has_glob(root):
        plan: list[_Candidate] = []
        try:
            matches = sorted(fs.glob(root))
        except Exception as exc:
            raise InputError(f"{arg}: cannot list ({one_line(exc)})") from None
        for match in matches:
            url = fs.unstrip_protocol(match)
            if fs.isdir(match):
                plan.extend(_plan_url_directory(url, fs, match, selection, claimed))
            elif selection.selects(match, url, FORMATS) and url not in claimed:
                claimed.add(url)
                plan.append(_plan_url_file(url, fs, match))
        if not plan:
            raise InputError(f"no articles found under {arg} (no article file matches the pattern)")
        return plan
    try:
        kind = fs.info(root).get("type")
    except FileNotFoundError:
        raise InputError(f"{arg}: no such file or directory") from None
    except Exception as exc:
        raise InputError(f"{arg}: cannot access ({one_line(exc)})") from None
    if kind == "directory":
        return _plan_url_directory(arg, fs, root, selection, claimed)
    claimed.add(fs.unstrip_protocol(root))
    return [_plan_url_file(arg, fs, root)]


def _url_manifest(
    fs: Any, where: str, shown_dir: str, locate: Callable[[str], str | None]
) -> dict[str, _Meta]:
    """The entries of the manifest at ``where`` (a path in ``fs``), keyed by normalised name."""
    shown = posixpath.join(shown_dir, MANIFEST)
    try:
        raw = fs.cat_file(where)
    except Exception as exc:
        raise InputError(f"{shown}: cannot read ({one_line(exc)})") from None
    _note_read(hashlib.sha256(raw).hexdigest())
    entries = _parse_manifest(raw, shown, shown_dir, locate)
    return {posixpath.normpath(name): meta for name, meta in entries.items()}


def _plan_url_directory(
    arg: str, fs: Any, root: str, selection: Selection, claimed: set[str] | NameSet
) -> list[_Candidate]:
    root = root.rstrip("/")
    listing = Listing(fs, root, arg)
    top = posixpath.basename(root) or root
    plan = []
    found_any = False
    for rel_dir, names, unread in listing.walk(arg, selection, FORMATS):
        shown_dir = posixpath.join(arg, rel_dir) if rel_dir else arg
        at = f"{rel_dir}/{MANIFEST}" if rel_dir else MANIFEST
        manifest = (
            _url_manifest(
                fs, posixpath.join(root, at), shown_dir, listed_target(listing.all_files, rel_dir, shown_dir)
            )
            if at in listing.all_files
            else {}
        )
        dir_name = f"{top}/{rel_dir}" if rel_dir else top
        relative = sorted(set(names) | set(manifest) | set(unread), key=_parts)
        found_any = found_any or bool(relative)
        for rel in relative:
            full = posixpath.join(root, rel_dir, rel) if rel_dir else posixpath.join(root, rel)
            url = fs.unstrip_protocol(full)
            if url in claimed:  # named by a manifest higher up, or reached by another argument
                continue
            claimed.add(url)
            meta = manifest.get(rel, _Meta())
            problem = _unread_problem(rel, unread, manifest)
            plan.append(
                _Candidate(
                    file=Path(full),
                    shown=posixpath.join(shown_dir, rel),
                    directory=dir_name,
                    story=meta.story or dir_name,
                    meta=meta,
                    problem=problem,
                    url=url,
                )
            )
    if not found_any:
        raise _no_articles(arg, selection)
    return plan


def _plan_url_file(arg: str, fs: Any, path: str) -> _Candidate:
    parent, name = posixpath.split(path.rstrip("/"))
    meta = _Meta()
    where = posixpath.join(parent, MANIFEST)
    if fs.isfile(where):
        shown_dir = fs.unstrip_protocol(parent)

        def locate(entry: str) -> str | None:
            inside = posixpath.normpath(entry)
            if inside == ".." or inside.startswith("../"):
                return f"points outside {shown_dir}"
            return None if fs.isfile(posixpath.join(parent, inside)) else "does not exist"

        meta = _url_manifest(fs, where, shown_dir, locate).get(name, _Meta())
    dir_name = posixpath.basename(parent) or parent
    return _Candidate(
        file=Path(path),
        shown=arg,
        directory=dir_name,
        story=meta.story or dir_name,
        meta=meta,
        url=fs.unstrip_protocol(path),
    )
