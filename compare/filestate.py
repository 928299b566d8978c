"""What the last run saw of each file, so that a warm run neither reads nor parses an unchanged one.

An incremental ``check`` (``compare.incremental_check``) on a 10,000-article
repository must not read, decode and scan 10,000 files to learn that one was
added.  This module remembers, per file, its *stat signature* (size,
modification and change times in nanoseconds, inode, device) and everything
the loader derived from its bytes except the text (content hash, format,
title, URL, date, author, boilerplate spans, warnings), plus the parsed
``sources.toml`` manifests by content hash.  A file whose signature is the
one remembered is taken as unchanged without being opened; a file whose
signature changed is read and hashed, and its remembered derivation is used
again only if the hash is the same (a ``touch`` costs a hash, not a parse).

Racy files, as git handles them.  A file changed twice within the
filesystem's timestamp granularity keeps its signature (same size, same
mtime).  So a signature is trusted only when it was recorded by a run that
started *after* the file's last change: each run takes a stamp from the
filesystem itself (the modification time of a file it creates in the cache
directory, so with that filesystem's clock and granularity) before it looks
at any article, and a file whose mtime or ctime is not strictly older than
the stamp is recorded as untrusted; the next run reads and hashes it again
(and then trusts it, if it has not changed since).  The ctime is part of the
signature because nothing can set it back: ``touch -d`` restoring an old
mtime still changes it.  The article files and the cache directory must
share a clock (one machine, or a network filesystem whose server sets the
times of both); a checkout restored by CI gets new times, so its first run
hashes every file (cheap) and parses none that it knows.

A run that changed only a few rows (an article added or edited) and dropped
none writes them to a journal beside the state (``files.journal.json``,
bound to the digest of the ``files.json`` it was written on) instead of
rewriting the whole state (~3.5 MB at 10,000 files); the next full write
(a file gone, other manifests, a journal past an eighth of the files)
makes the journal void.

The state is untrusted like every cache: one file, a header line (layout,
tool fingerprint, SHA-256 of the body) and a body line; a digest mismatch, a
different tool or anything malformed makes it empty, and a malformed entry is
a miss for that file.  As for the other caches, whoever can write it can
forge it, so it is never shared with untrusted branches (docs/ci.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from compare.corpus import Parsed
from compare.model import Span

# 2: each manifest one JSON text (``corpus.PARSED_MANIFESTS``); 3: that text packed, in Base64.
_LAYOUT = "divergence-file-state/3"
_NAME = "files.json"
# The rows a run changed since ``files.json`` was last written whole, bound to that file's digest.
_JOURNAL = "files.journal.json"
_JOURNAL_LAYOUT = "divergence-file-state-journal/1"
_JOURNAL_ROWS = 64  # a journal may hold this many rows, or an eighth of the files if more


class Signature(NamedTuple):
    """What ``os.stat`` says of a file that changes when its bytes may have."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int


@dataclass(frozen=True)
class Seen:
    """One file as a run loaded it: its signature, and what the loader derived from its bytes
    except the text (``corpus.Parsed``, the loader's own record)."""

    signature: Signature
    trusted: bool  # changed strictly before the recording run started: not racy
    origin: str  # what besides the bytes the loader used (path as shown, story, manifest entry)
    parsed: Parsed


def signature(path: Path | str) -> Signature | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return signature_of(st)


def signature_of(st: os.stat_result) -> Signature:
    return Signature(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def stamp(directory: Path) -> int | None:
    """The filesystem's "now" (see the module docstring), or None when ``directory`` cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".stamp.", dir=directory)
    except OSError:
        return None
    try:
        return os.fstat(fd).st_mtime_ns
    finally:
        os.close(fd)
        try:
            os.unlink(name)
        except OSError:
            pass


def is_trusted(sig: Signature, run_stamp: int) -> bool:
    return sig.mtime_ns < run_stamp and sig.ctime_ns < run_stamp


class FileState:
    """The remembered files (by absolute path) and parsed manifests (by content hash) of a cache."""

    def __init__(self, directory: Path, tool: str) -> None:
        self.path = directory / _NAME
        self.tool = tool
        self._files: dict[str, Any] = {}
        # The parsed manifests as files.json holds them, until the caller takes them
        # (``take_manifests``); then only how many they were is kept.
        self.manifests: dict[str, Any] = {}
        self._manifest_count = 0
        self._next: dict[str, list[Any]] = {}
        self._read: dict[str, Seen] = {}
        self._changed: set[str] = set()  # the paths whose rows differ from files.json's
        self.journal_path = directory / _JOURNAL
        self._base: str | None = None  # the digest of files.json's body as loaded
        self._journal: dict[str, Any] = {}
        self._adopted: dict[str, Any] = {}

    def load(self) -> FileState:
        try:
            signed = _read_signed(self.path, _LAYOUT, self.tool)
            if signed is None:
                return self
            header, body = signed
            del signed
            # Decoded as ``json.loads`` decodes bytes, the bytes let go before the parse: two
            # copies of the file at the peak, not three.
            text = body.decode("utf-8", "surrogatepass")
            del body
            data = json.loads(text)
            del text
            files, manifests = data["files"], data["manifests"]
            if isinstance(files, dict) and isinstance(manifests, dict):
                self._files, self.manifests = files, manifests
                self._manifest_count = len(manifests)
                self._base = header["digest"]
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            pass  # missing or damaged: every file is read as if new
        if self._base is not None:
            self._load_journal()
        return self

    def _load_journal(self) -> None:
        """The rows changed since files.json was written, if the journal was written on top of it."""
        try:
            signed = _read_signed(self.journal_path, _JOURNAL_LAYOUT, self.tool)
            if signed is None or signed[0].get("base") != self._base:
                return
            rows = json.loads(signed[1])
            if isinstance(rows, dict):
                self._journal = rows
                self._files.update(rows)  # a malformed row is a miss for its file (``get``)
        except (OSError, ValueError, RecursionError):
            pass  # missing or damaged: its files are read again

    def adopt(self, rows: dict[str, Any]) -> None:
        """Rows of files the state does not hold (a recalled directory's, ``Directories``), to be
        looked up like its own; those kept are written with the state as changed rows."""
        self._adopted.update(rows)

    def get(self, path: str) -> Seen | None:
        raw = self._files.get(path)
        if raw is None:
            raw = self._adopted.get(path)
        if raw is None:
            return None
        try:
            seen = _seen(raw)
        except (ValueError, TypeError, KeyError, IndexError):
            return None  # a malformed entry is a miss for that file
        self._read[path] = seen
        return seen

    def keep(self, path: str, seen: Seen) -> None:
        """Remember ``seen`` for ``path`` in the state this run writes (only files of this run are kept)."""
        if self._read.get(path) is seen:
            if path not in self._files:
                self._changed.add(path)  # an adopted row: not in files.json yet
            self._next[path] = self._files.get(path) or self._adopted[path]  # as read
            return
        row = _row(seen)
        if self._files.get(path) != row:
            self._changed.add(path)
        self._next[path] = row

    def forget(self, paths: Iterable[str]) -> None:
        """Leave out of the state this run writes the rows of ``paths`` (their directory's record
        holds them: ``Directories``)."""
        for path in paths:
            self._next.pop(path, None)
            self._changed.discard(path)

    def take_manifests(self) -> dict[str, Any]:
        """The manifests as loaded, handed over once: the state keeps only their digests (the
        whole of them was ~0.3 KB an article of a corpus with manifests, kept for the run)."""
        manifests, self.manifests = self.manifests, {}
        return manifests

    def same_manifests(self, digests: Iterable[str], valid: Container[str]) -> bool:
        """Whether the manifests read this run (``digests``) are those loaded, every one of them
        ``valid`` (taken from the loaded data as it was, so a part of it): then they need not be
        written again.  (As many as were loaded, each a loaded one: the same; the loaded ones'
        digests are not kept for the run, ~0.15 KB a manifest.)"""
        read = set(digests)
        return len(read) == self._manifest_count and all(digest in valid for digest in read)

    def save(self, manifests: Callable[[], dict[str, Any]], same: bool) -> None:
        """Write the state; ``manifests()`` gives the manifests to write with it, made only if
        the whole file is written; ``same``: they are those loaded (``same_manifests``)."""
        from compare.cache import _replace

        if not self._changed and self._next.keys() == self._files.keys() and same:
            return
        if self._save_journal(same):
            return
        body = json.dumps(
            {"files": self._next, "manifests": manifests()}, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8", "surrogatepass")
        header = json.dumps(
            {"layout": _LAYOUT, "tool": self.tool, "digest": hashlib.sha256(body).hexdigest()}
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _replace(self.path, header.encode() + b"\n" + body)
            self.journal_path.unlink(missing_ok=True)  # written on the old file: void now
        except OSError:
            pass  # a read-only cache only costs speed

    def _save_journal(self, same: bool) -> bool:
        """Write only the rows that changed, beside the unchanged files.json, when that is all
        this run changed (no file gone, the same manifests) and they are few: a warm run with
        one article added rewrote the whole state (~3.5 MB of JSON at 10,000 files) before."""
        from compare.cache import _replace

        if self._base is None or not same or not self._next.keys() >= self._files.keys():
            return False
        rows = dict(self._journal)
        for path, row in self._next.items():
            old = self._files.get(path)
            if old is not row and old != row:
                rows[path] = row
        if len(rows) > max(_JOURNAL_ROWS, len(self._next) // 8):
            return False  # written whole again, which empties the journal
        body = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        header = json.dumps(
            {
                "layout": _JOURNAL_LAYOUT,
                "tool": self.tool,
                "base": self._base,
                "digest": hashlib.sha256(body).hexdigest(),
            }
        )
        try:
            _replace(self.journal_path, header.encode() + b"\n" + body)
        except OSError:
            pass  # a read-only cache only costs speed
        return True


_DIRECTORY_LAYOUT = "divergence-directory/2"  # 2: shown, outlets and story from the walk
_DIRECTORIES = "directories"
_HEX = re.compile(r"[0-9a-f]*")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Directory:
    """A directory of articles as a run recorded it whole (``Directories``): one story's files,
    each with its row as the state keeps it (``_row``: signature, trusted, origin, what was
    parsed), and the story's key with the document ids and outlet labels it was made with
    (``memo``: options key, ids, labels, key).  How each file is shown, its outlet and its
    story are not kept: the walk's listing says them (``incremental_check._Unit``)."""

    context: list[Any]  # what else the rows come from: see ``incremental_check``
    names: list[str]
    rows: list[list[Any]]
    memo: list[Any] | None
    signed: str = field(default="", compare=False)  # the SHA-256 of the body it was read from

    @property
    def signatures(self) -> list[Any]:
        return [row[0] for row in self.rows]

    @property
    def digests(self) -> list[str]:
        return [row[3] for row in self.rows]

    @property
    def published(self) -> list[str | None]:
        return [row[7] for row in self.rows]

    def recalled(self, names: list[str]) -> Recalled:
        """What a run keeps of it once the directory is taken whole (``names``: the walk's
        list of its files, equal to its own): its content hashes as bytes, its dates shared
        between directories, and of its story key's ids and labels only a digest."""
        memo = self.memo
        if memo is not None:
            memo = [memo[0], memo_digest(memo[1], memo[2]), memo[3]]
        published = [None if p is None else _DAYS.setdefault(p, p) for p in self.published]
        raw = bytes.fromhex("".join(self.digests))
        return Recalled(self.context, "\0".join(names), raw, published, memo, self.signed)


# The dates of recalled directories, each kept once for the process (a corpus's days are few).
_DAYS: dict[str, str] = {}


def memo_digest(ids: list[str], labels: list[str]) -> str:
    """What a recalled directory keeps of the document ids and outlet labels its story key was
    made with (``Directory.memo``): their SHA-256, not the ~0.2 KB a file of the lists."""
    text = json.dumps([ids, labels], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Recalled:
    """A recorded directory as a run keeps it while it lasts: what a warm run reads of every
    directory (its names, content hashes, dates and story key), not its rows, which are most
    of a record (~2 KB a file as Python objects: issue 14) and which a run needs only for a
    story it analyses or a directory it records anew (``Directories.rows``: read again from
    the record, which must be the very body read first)."""

    context: list[Any]
    # The files' names joined by NUL (which no file name holds): one string a directory, not
    # one a file (~60 bytes a name besides its characters: issue 14).
    packed: str
    raw: bytes  # the files' content hashes, 32 bytes each, in ``names``' order
    published: list[str | None]
    memo: list[Any] | None  # options key, ``memo_digest`` of the ids and labels, story key
    signed: str

    @property
    def names(self) -> list[str]:
        """The files' names, in the walk's order."""
        return self.packed.split("\0") if self.raw else []

    @property
    def count(self) -> int:
        """How many files."""
        return len(self.raw) // 32

    @property
    def digests(self) -> list[str]:
        """The files' content hashes (hexadecimal SHA-256), in ``names``' order."""
        raw = self.raw
        return [raw[at : at + 32].hex() for at in range(0, len(raw), 32)]


def _strs(values: Any) -> bool:
    return type(values) is list and set(map(type, values)) <= {str}


def _directory(data: Any) -> Directory:
    """A recorded directory, checked as far as a run uses it without reading a row in full
    (rows are checked by ``seen_of`` when a file is looked at one by one); raises on anything
    a run cannot write.  Checked column by column (C loops): a warm run reads every directory."""
    d = Directory(**data)
    n = len(d.names)
    if (
        type(d.context) is not list
        or not _strs(d.names)
        or type(d.rows) is not list
        or n != len(d.rows)
        or not all(type(row) is list and len(row) == 11 and row[1] is True for row in d.rows)
    ):
        raise ValueError("not a recorded directory")
    digests, published = d.digests, d.published
    if not _strs(digests) or set(map(len, digests)) - {64} or not _HEX.fullmatch("".join(digests)):
        raise ValueError("bad content hash")
    dates = [p for p in published if p is not None]
    if not _strs(dates) or not all(map(_ISO_DATE.fullmatch, dates)):
        raise ValueError("bad date")
    for day in dates:
        dt.date.fromisoformat(day)  # raises on a day that does not exist
    if d.memo is not None:
        options, ids, labels, key = d.memo
        if (
            type(options) is not str
            or not _strs(ids)
            or not _strs(labels)
            or not len(ids) == len(labels) == n
            or not (type(key) is str and len(key) == 64 and _HEX.fullmatch(key))
        ):
            raise ValueError("bad story key")
    return d


class Directories:
    """Directories recorded whole by an incremental check, one signed file each under
    ``<cache-dir>/directories/``, keyed by the directory's absolute path: a warm run whose
    directory lists the same files with the same trusted signatures takes its files' rows, its
    story's key and ids from here without making a Python object per file
    (``compare.incremental_check``).  Untrusted like every cache: a digest over the body, the
    layout, the tool and the path are checked, and what is malformed is a miss."""

    def __init__(self, directory: Path, tool: str) -> None:
        self.directory = directory / _DIRECTORIES
        self._where = os.fspath(self.directory)
        self.tool = tool

    def _path(self, where: str) -> Path:
        return Path(self._file(where))

    def _file(self, where: str) -> str:
        key = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()
        return keyed_file(self._where, key)

    def load(self, where: str) -> Directory | None:
        try:
            signed = _read_signed(self._file(where), _DIRECTORY_LAYOUT, self.tool)
            if signed is None or signed[0].get("where") != where:
                return None
            return replace(_directory(json.loads(signed[1])), signed=signed[0]["digest"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None  # missing, damaged or forged: its files are looked at one by one

    def rows(self, where: str, recalled: Recalled) -> list[list[Any]] | None:
        """The rows of the record ``recalled`` was made of, or None when the record is no
        longer the one read (replaced, damaged or gone since)."""
        d = self.load(where)
        return d.rows if d is not None and d.signed == recalled.signed else None

    def store(self, where: str, d: Directory) -> None:
        from compare.cache import _replace

        body = json.dumps(
            {
                "context": d.context,
                "names": d.names,
                "rows": d.rows,
                "memo": d.memo,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8", "surrogatepass")
        header = json.dumps(
            {
                "layout": _DIRECTORY_LAYOUT,
                "tool": self.tool,
                "where": where,
                "digest": hashlib.sha256(body).hexdigest(),
            },
            ensure_ascii=False,
        )
        try:
            path = self._path(where)
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, header.encode("utf-8", "surrogatepass") + b"\n" + body)
        except OSError:
            pass  # a read-only cache only costs speed


def row_of(seen: Seen) -> list[Any]:
    """``seen`` as the state keeps it."""
    return _row(seen)


def seen_of(row: Any) -> Seen:
    """A kept row as a ``Seen``, checked; raises ``ValueError``, ``TypeError``, ``KeyError`` or
    ``IndexError`` on a malformed one."""
    return _seen(row)


def keyed_file(where: str, key: str) -> str:
    """The file of the record ``key`` in the cache folder ``where``: ``<where>/<key[:2]>/<key>.json``,
    the one layout of every keyed record (directories, stories, parts, gates, baselines).

    A string, not a ``Path``: read for every directory and recalled story of a warm check, where
    pathlib interned the key-named parts, and those dying strings grew the interpreter's table of
    interned strings once between 5,000 and 20,000 articles (issue 14)."""
    return os.path.join(where, key[:2], f"{key}.json")


def _read_signed(path: Path | str, layout: str, tool: str) -> tuple[dict[str, Any], bytes] | None:
    """The header and body of one of our signed files (a JSON header line over the body it
    signs), or None when it is another layout or tool's, or its body does not match its digest.
    OSError and ValueError go to the caller, for whom any of them means "not there"."""
    with open(path, "rb") as f:
        # The header line, then the body read apart: not the whole file and a copy of its body
        # (a warm check's files.json is ~3 MB at 20,000 articles: 4 copies of it at the peak).
        head = f.readline()
        body = f.read()
    header = json.loads(head)
    if (
        not isinstance(header, dict)
        or header.get("layout") != layout
        or header.get("tool") != tool
        or header.get("digest") != hashlib.sha256(body).hexdigest()
    ):
        return None
    return header, body


def _row(s: Seen) -> list[Any]:
    p = s.parsed
    return [
        list(s.signature),
        s.trusted,
        s.origin,
        p.sha256,
        p.format,
        p.title,
        p.url,
        p.published.isoformat() if p.published else None,
        p.author,
        [[b.start, b.end] for b in p.boilerplate],
        list(p.warnings),
    ]


def _int(x: Any) -> int:
    if not isinstance(x, int) or isinstance(x, bool):
        raise TypeError("expected an integer")
    return x


def _seen(row: Any) -> Seen:
    # Checked with set-of-types tests rather than a call per value: this runs
    # for every file of the repository on every warm run.
    sig, trusted, origin, sha, fmt, title, url, published, author, spans, warnings = row
    if type(sig) is not list or len(sig) != 5 or set(map(type, sig)) != {int} or type(trusted) is not bool:
        raise ValueError("bad signature")
    if fmt not in ("txt", "md", "html") or type(sha) is not str or len(sha) != 64:
        raise ValueError("bad format or hash")
    if type(origin) is not str or type(title) is not str or type(warnings) is not list:
        raise TypeError("expected a string")
    if not set(map(type, (url, author, published))) <= {str, type(None)} or not set(map(type, warnings)) <= {
        str
    }:
        raise TypeError("expected a string or null")
    boilerplate = tuple(Span(_int(a), _int(b)) for a, b in spans) if spans else ()
    if any(not 0 <= b.start <= b.end for b in boilerplate):
        raise ValueError("bad span")
    parsed = Parsed(
        sha256=sha,
        format=fmt,
        title=title,
        url=url,
        published=None if published is None else dt.date.fromisoformat(published),
        author=author,
        boilerplate=boilerplate,
        warnings=tuple(warnings),
    )
    return Seen(signature=Signature(*sig), trusted=trusted, origin=origin, parsed=parsed)
