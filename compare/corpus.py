"""Loading a corpus: article files and their ``sources.toml`` into ``Document`` objects.

Reading
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
    subdirectories.  Text keeps its newlines exactly as in
    the file (CRLF stays CRLF), so every offset indexes the text as read.  A
    UTF-8 BOM is removed and noted; text that is not UTF-8 is decoded with the
    encoding charset-normalizer finds (preferring Windows-1252 among equally
    plausible single-byte Latin encodings, as the WHATWG encoding standard
    does, because charset-normalizer's pick among them is arbitrary and turns
    "près" into "prčs") and noted.  Per-file problems (empty, binary, too large,
    unreadable, HTML without article text, a second copy of the same bytes)
    skip the file with a reason, or end the run with ``strict``.  Whole-run
    problems (a PATH that does not exist, a malformed manifest) raise
    ``InputError`` with a one-line message naming the file, and the line where
    there is one.

HTML
    Article text comes from **trafilatura** (``fast=True``; the slower full
    mode with its readability/jusText fallbacks is tried only when the fast
    pass finds nothing).  Measured on two news pages written for the purpose
    (nav bar, header, cookie banner, share buttons, byline, figure caption, ad
    slot, related links, newsletter box, author bio, footer, scripts) plus a
    300 KB variant with a large inline script and an 800-link menu, on this
    2-core machine:

    ==========================  ==================  ===========  =================
    library                     ms/page (3 KB)      ms (300 KB)  body kept / junk
    ==========================  ==================  ===========  =================
    trafilatura fast            2.9-3.7             32           12/12, 0 of 18
    trafilatura default         3.6-4.9             70           12/12, 0 of 18
    readability-lxml            4.6-6.0             15           12/12, 3 of 18
    selectolax + tag rules      0.1                 1.2          12/12, 1 of 18
    BeautifulSoup + lxml rules  3.7-5.7             32           12/12, 1 of 18
    ==========================  ==================  ===========  =================

    Every library kept all body sentences; only trafilatura dropped all the
    junk (readability kept "Advertisement", the newsletter promo and the tag
    list; hand-written tag rules keep whatever sits inside ``<article>``, such
    as "More stories" boxes, and need a rule per site).  trafilatura is
    maintained, widely benchmarked, and its cost (a few ms per ordinary page,
    about 0.4 s to import, paid only when a corpus has HTML) fits the budget
    of thousands of articles a minute.  Title, canonical URL, publication
    date and author come from the page's own ``<meta>``/``<link>`` tags read
    with XPath on the tree trafilatura parsed (its own metadata pass adds
    1.3 ms a page: 3.6 ms instead of 2.3 ms).  Whole loader, per file: 1.4 ms
    for a seed-sized text file (2,000 files in 2.9 s), 4.5-7 ms for the 3 KB
    pages, 47 ms for the 300 KB one.

Boilerplate
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

import codecs
import datetime as dt
import hashlib
import logging
import os
import re
import stat
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, Literal
from urllib.parse import urlsplit

from compare.errors import FileProblem, InputError
from compare.model import Document, Skipped, Span
from compare.selection import UNREAD_FORMATS, Selection, expand, has_glob, walk

if TYPE_CHECKING:
    from lxml.html import HtmlElement

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
_TITLE_MAX = 200
# An HTML page whose extracted text has no paragraph this long (outside
# boilerplate) is a menu or an error page, not an article.
_MIN_ARTICLE_WORDS = 6
# Share of control characters above which decoded "text" is really binary.
_BINARY_CONTROL_RATIO = 0.02


@dataclass(frozen=True)
class Corpus:
    """What loading produced: documents in input order, and the files left out and why."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]


# ---------------------------------------------------------------------------
# Planning: which files, with which manifest entry and story


@dataclass(frozen=True)
class _Meta:
    """One ``[[source]]`` entry, validated."""

    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    story: str | None = None


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


# Manifests already parsed, by the SHA-256 of their bytes.  Parsing TOML is
# most of the cost of planning a large repository (500 manifests: 0.4 s of
# tomllib, 0.6 s of checks); a warm incremental ``check`` fills this from its
# cache (``compare.incremental``).  Only the parse is remembered: the checks
# against the file system run every time (``_plain_targets``), and anything
# they cannot vouch for cheaply goes through the full checks again.
PARSED_MANIFESTS: dict[str, dict[str, _Meta]] = {}
# The content hashes of the manifests read since the set was last cleared.
READ_MANIFESTS: set[str] = set()


def _plain_targets(directory: Path, entries: dict[str, _Meta]) -> bool:
    """Whether every entry names a regular file directly in ``directory`` (not a link, no subfolder).

    Such a target cannot lead outside the directory, so the full checks of
    ``_read_manifest`` would pass; anything else is checked in full.
    """
    where = str(directory)
    for name in entries:
        if "/" in name or os.sep in name or name in (".", "..") or not stat.S_ISREG(
            _lmode(os.path.join(where, name))
        ):
            return False
    return True


def _read_manifest(directory: Path, shown_dir: str) -> dict[str, _Meta]:
    """Entries of ``directory/sources.toml`` keyed by normalised relative path ({} if none)."""
    path = directory / MANIFEST
    shown = os.path.join(shown_dir, MANIFEST)
    if not path.is_file():
        return {}
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    digest = hashlib.sha256(raw).hexdigest()
    READ_MANIFESTS.add(digest)
    known = PARSED_MANIFESTS.get(digest)
    if known is not None and _plain_targets(directory, known):
        return known
    entries = _parse_manifest(raw, directory, shown, shown_dir)
    PARSED_MANIFESTS[digest] = entries
    return entries


_META_FIELDS = ("outlet", "title", "author", "published", "url", "story")


def manifests_to_json(digests: Iterable[str]) -> dict[str, Any]:
    """The parsed manifests of ``digests``, as JSON data (see ``PARSED_MANIFESTS``)."""
    out: dict[str, Any] = {}
    for digest in digests:
        entries = PARSED_MANIFESTS.get(digest)
        if entries is not None:
            out[digest] = {
                name: [
                    v.isoformat() if isinstance(v, dt.date) else v
                    for v in (getattr(meta, f) for f in _META_FIELDS)
                ]
                for name, meta in entries.items()
            }
    return out


def manifests_from_json(data: Any) -> None:
    """Add to ``PARSED_MANIFESTS`` what ``manifests_to_json`` wrote; a malformed manifest is left out."""
    if not isinstance(data, dict):
        return
    for digest, entries in data.items():
        try:
            parsed: dict[str, _Meta] = {}
            for name, row in entries.items():
                outlet, title, author, published, url, story = row
                texts = (name, outlet, title, author, url, story)
                if not isinstance(name, str) or not all(x is None or isinstance(x, str) for x in texts):
                    raise TypeError("not a string")
                parsed[name] = _Meta(
                    outlet=outlet,
                    title=title,
                    author=author,
                    published=None if published is None else dt.date.fromisoformat(published),
                    url=url,
                    story=story,
                )
        except (ValueError, TypeError, AttributeError):
            continue
        PARSED_MANIFESTS.setdefault(digest, parsed)


def _parse_manifest(raw: bytes, directory: Path, shown: str, shown_dir: str) -> dict[str, _Meta]:
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InputError(f"{shown}: not valid UTF-8 (TOML must be UTF-8)") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already ends with "(at line N, column M)".
        raise InputError(f"{shown}: invalid TOML: {exc}") from None
    except RecursionError:
        raise InputError(f"{shown}: invalid TOML: nested too deeply") from None
    sources = data.get("source", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise InputError(f"{shown}: 'source' must be an array of tables ([[source]] entries)")

    lines = text.splitlines()
    headers = _entry_lines(text)
    root = directory.resolve()
    entries: dict[str, _Meta] = {}
    first_where: dict[str, str] = {}
    for n, entry in enumerate(sources):
        header = headers[n] if n < len(headers) and len(headers) == len(sources) else None

        def where(key: str, header: int | None = header) -> str:
            line = _key_line(lines, header, key)
            return f"{shown}:{line}" if line is not None else shown

        name = entry.get("file")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f'{where("file")}: entry {n + 1} needs file = "NAME" (a string)')
        # "C:\x" and "\\server\share" are absolute on Windows; "e::x.txt" is a
        # legal POSIX name with a colon in it, not a drive.
        if "\0" in name or PurePosixPath(name).is_absolute() or _WINDOWS_ABSOLUTE.match(name):
            raise InputError(f"{where('file')}: file {name!r} points outside {shown_dir}")
        target = directory / name
        # resolve() follows symlinks, so a link inside the folder that leads out is caught too.
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):  # a symbolic link loop (RuntimeError before Python 3.13)
            raise InputError(f"{where('file')}: file {name!r} is a symbolic link loop") from None
        if not resolved.is_relative_to(root):
            raise InputError(f"{where('file')}: file {name!r} points outside {shown_dir}")
        if not target.is_file():
            raise InputError(f"{where('file')}: file {name!r} does not exist")
        key = os.path.normpath(name)
        if key in entries:
            raise InputError(f"{where('file')}: file {name!r} is listed twice (also in {first_where[key]})")

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
        entries[key] = _Meta(**fields)
        first_where[key] = f"entry {n + 1}"
    return entries


_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]|[\\/]{2}")


def _is_regular(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _plan_directory(
    arg: str, directory: Path, selection: Selection, claimed: set[str]
) -> list[_Candidate]:
    root = directory.resolve()
    top = _dir_name(directory)
    cwd = os.getcwd()
    plan = []
    found_any = False
    try:
        walked = list(walk(arg, directory, selection, FORMATS))
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else arg
        raise InputError(f"{where}: cannot list directory ({exc.strerror or exc})") from None
    for here, rel_dir, names, unread in walked:
        shown_dir = os.path.join(arg, rel_dir) if rel_dir else arg
        manifest = _read_manifest(here, shown_dir)
        dir_name = f"{top}/{rel_dir}" if rel_dir else top
        # Files the manifest names count too (another extension, a subfolder): an
        # article its author listed must never vanish silently.
        # A dangling link or a link loop named like an article is listed as
        # skipped, not dropped.
        # One lstat a name, on strings: Path objects and a stat per question
        # were most of the cost of planning 10,000 files.
        here_s = str(here)
        modes = {n: _lmode(os.path.join(here_s, n)) for n in names}
        found = {
            n for n, mode in modes.items() if stat.S_ISREG(mode) or stat.S_ISLNK(mode) or _isfile(here_s, n)
        }
        relative = sorted(found | set(manifest) | set(unread), key=_parts)
        found_any = found_any or bool(relative)
        for rel in relative:
            file = here / rel
            key = os.path.normpath(os.path.join(cwd, here_s, rel))
            if key in claimed:  # named by a manifest higher up, or reached by another argument
                continue
            claimed.add(key)
            meta = manifest.get(rel, _Meta())
            problem = None
            mode = modes[rel] if rel in modes else _lmode(os.path.join(here_s, rel))
            if stat.S_ISLNK(mode):
                try:
                    resolved = file.resolve(strict=True)
                except (OSError, RuntimeError):  # missing target, or a loop
                    resolved = None
                if resolved is None:
                    problem = "symbolic link to nothing (its target is missing, or it is a loop)"
                elif not resolved.is_relative_to(root):
                    problem = "symbolic link pointing outside its directory"
            if problem is None and rel in unread and rel not in manifest:
                problem = (
                    f"{UNREAD_FORMATS[Path(rel).suffix.lower()]}, not read (articles are read from "
                    "text, Markdown and HTML files; convert it, or --exclude it)"
                )
            plan.append(
                _Candidate(
                    file=file,
                    shown=os.path.join(shown_dir, rel),
                    directory=dir_name,
                    story=meta.story or dir_name,
                    meta=meta,
                    problem=problem,
                )
            )
    if not found_any:
        raise InputError(f"no articles found under {arg} (looked for {selection.describe(FORMATS)})")
    return plan


def _parts(relative: str) -> tuple[str, ...]:
    return (relative,) if "/" not in relative else PurePosixPath(relative).parts


def _lmode(path: str) -> int:
    """The ``st_mode`` of ``path`` itself (a link is not followed); 0 when it cannot be read."""
    try:
        return os.lstat(path).st_mode
    except (OSError, ValueError):
        return 0


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
    arg: str, selection: Selection, claimed: set[str], manifests: dict[Path, dict[str, _Meta]]
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


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes, read in pieces: ``read(limit)`` allocates ``limit``
    bytes up front, which fails for a huge ``--max-bytes``."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = stream.read(min(limit - total, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _plan_stdin(stdin: BinaryIO | None, max_bytes: int) -> _Candidate:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = _read_at_most(stream, max_bytes + 1)
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


def _plan(
    paths: Sequence[str | Path],
    selection: Selection | None = None,
    *,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
) -> list[_Candidate]:
    selection = selection or Selection()
    plan: list[_Candidate] = []
    manifests: dict[Path, dict[str, _Meta]] = {}
    claimed: set[str] = set()
    piped: _Candidate | None = None
    for given in paths:
        arg = str(given)
        if arg == STDIN and not isinstance(given, Path):
            if piped is not None:
                raise InputError(f"{STDIN}: standard input can be read only once")
            piped = _plan_stdin(stdin, max_bytes)
            plan.append(piped)
            continue
        if has_glob(arg) and not os.path.lexists(arg):
            plan.extend(_plan_glob(arg, selection, claimed, manifests))
            continue
        mode = _stat(arg)
        if stat.S_ISDIR(mode):
            plan.extend(_plan_directory(arg, Path(arg), selection, claimed))
            continue
        # Named on the command line: read whatever include/exclude say, like ruff and black.
        claimed.add(os.path.normpath(os.path.abspath(arg)))
        plan.append(_plan_file(arg, Path(arg), mode, manifests))
    if piped is not None:
        # An article piped in joins the story of the other inputs when they tell one story.
        stories = {c.story for c in plan if c is not piped}
        if len(stories) == 1:
            story = stories.pop()
            plan = [replace(c, story=story) if c is piped else c for c in plan]
    return plan


# ---------------------------------------------------------------------------
# Reading and decoding one file

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HTML_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# WHATWG: these labels mean windows-1252 on the web.
_WEB_LATIN1 = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _read_bytes(cand: _Candidate, max_bytes: int) -> bytes:
    if cand.data is not None:
        if len(cand.data) > max_bytes:
            raise FileProblem(cand.shown, f"larger than --max-bytes (> {max_bytes:,} bytes)")
        if not cand.data:
            raise FileProblem(cand.shown, "empty input")
        return cand.data
    try:
        size = os.stat(cand.file).st_size
    except OSError as exc:
        raise FileProblem(cand.shown, f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise FileProblem(cand.shown, f"larger than --max-bytes ({size:,} > {max_bytes:,} bytes)")
    try:
        with open(cand.file, "rb") as fh:
            data = _read_at_most(fh, max_bytes + 1)
    except OSError as exc:
        raise FileProblem(cand.shown, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise FileProblem(cand.shown, f"larger than --max-bytes (> {max_bytes:,} bytes)")
    if not data:
        raise FileProblem(cand.shown, "empty file")
    return data


def _guess(data: bytes) -> tuple[str, str] | None:
    """Decoded text and encoding name, or None when nothing decodes it as text."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos + 1e-9 and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                break
    return str(best), best.encoding


def _declared_charset(data: bytes) -> str | None:
    found = _HTML_CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    return "cp1252" if name in _WEB_LATIN1 else name


def _decode(data: bytes, shown: str, is_html: bool) -> tuple[str, list[str]]:
    warnings: list[str] = []
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise FileProblem(shown, f"binary file (invalid {codec})") from None
            warnings.append(f"not UTF-8; decoded as {codec} (encoding from its BOM)")
            return _checked_text(text, shown), warnings
    if b"\0" in data:
        raise FileProblem(shown, "binary file (contains NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        warnings.append("UTF-8 BOM removed (offsets index the text after it)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            text, replaced = damaged
            warnings.append(
                # (The word "encoding" makes the JSON carry the text: the file's
                # bytes no longer give the offsets.)
                f"invalid UTF-8 at byte {exc.start:,}; encoding kept as UTF-8, {replaced:,} "
                f"invalid sequence{'s' if replaced > 1 else ''} replaced with U+FFFD"
            )
            return _checked_text(text, shown), warnings
        declared = _declared_charset(data) if is_html else None
        decoded: tuple[str, str] | None = None
        if declared and declared != "utf_8":
            try:
                decoded = data.decode(declared), declared
                warnings.append(f"not UTF-8; decoded as {declared} (encoding declared in the page)")
            except UnicodeDecodeError:
                decoded = None
        if decoded is None:
            decoded = _guess(data)
            if decoded is None:
                raise FileProblem(shown, "binary file (no text encoding fits)") from None
            warnings.append(f"not UTF-8; decoded as {decoded[1]} (encoding guessed)")
        text = decoded[0]
    return _checked_text(text, shown), warnings


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes: the text (bad sequences replaced) and how many, or None.

    A valid multi-byte UTF-8 sequence almost never occurs by chance in a
    single-byte encoding, so a file holding at least as many of them as
    invalid sequences is UTF-8 with damage (a truncated copy, one stray byte),
    and decoding all of it as cp1252 would garble every correct character.
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    if replaced <= 0 or valid < replaced:
        return None
    return text, replaced


def _checked_text(text: str, shown: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > _BINARY_CONTROL_RATIO * len(sample):
        raise FileProblem(shown, "binary file (mostly non-text characters)")
    if not text.strip():
        raise FileProblem(shown, "empty file" if not text else "contains only whitespace")
    return text


# ---------------------------------------------------------------------------
# HTML


@dataclass(frozen=True)
class _Page:
    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    author: str | None


_TAG = re.compile(r"<[A-Za-z!/]")
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _trafilatura() -> Any:
    import trafilatura

    # It logs parse problems at ERROR; we report them as skip reasons instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return trafilatura


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _first(tree: HtmlElement, xpaths: Iterable[str]) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            text = _clean(value if isinstance(value, str) else value.text_content())
            if text:
                return text
    return None


def _web_url(value: str | None) -> str | None:
    if not value:
        return None
    parts = urlsplit(value)
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _html_date(value: str | None) -> dt.date | None:
    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _meta_xpath(*names: str) -> list[str]:
    return [f'//meta[@property="{n}" or @name="{n}" or @itemprop="{n}"]/@content' for n in names]


def _extract_html(markup: str, shown: str) -> _Page:
    if not _TAG.search(markup):
        raise FileProblem(shown, "broken HTML (no markup found)")
    try:
        return _parse_html(markup, shown)
    except FileProblem:
        raise
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError) as exc:
        # Scraped pages are untrusted input: a parser failure costs one file, never the run.
        raise FileProblem(shown, f"broken HTML ({type(exc).__name__})") from None


def _parse_html(markup: str, shown: str) -> _Page:
    trafilatura = _trafilatura()
    tree = trafilatura.load_html(markup)
    if tree is None:
        # Saved fragments (a bare <div> or <p>...) fail trafilatura's "is this
        # a whole page" test; give them the page around them.
        tree = trafilatura.load_html(f"<html><body>{markup}</body></html>")
    if tree is None:
        raise FileProblem(shown, "broken HTML (cannot be parsed)")
    title = _first(tree, [*_meta_xpath("og:title", "twitter:title"), "//h1", "//title"])
    url = _web_url(_first(tree, ['//link[@rel="canonical"]/@href', *_meta_xpath("og:url")]))
    published = _html_date(
        _first(
            tree,
            [
                *_meta_xpath(
                    "article:published_time",
                    "datePublished",
                    "pubdate",
                    "publishdate",
                    "date",
                    "dc.date",
                    "DC.date.issued",
                ),
                "//article//time/@datetime",
            ],
        )
    )
    author = _first(tree, _meta_xpath("author", "article:author"))
    if author and _web_url(author):
        author = None
    options = {
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "deduplicate": False,
    }
    body = trafilatura.extract(tree, fast=True, **options) or trafilatura.extract(tree, **options)
    paragraphs = [" ".join(line.split()) for line in (body or "").splitlines()]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise FileProblem(shown, "HTML has no article text")
    return _Page(text=text, title=title, url=url, published=published, author=author)


# ---------------------------------------------------------------------------
# Boilerplate


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


# ---------------------------------------------------------------------------
# Putting a document together


@dataclass(frozen=True)
class _Loaded:
    cand: _Candidate
    text: str
    sha256: str
    format: Literal["txt", "md", "html"]
    title: str
    url: str | None
    published: dt.date | None
    author: str | None
    boilerplate: tuple[Span, ...]
    warnings: tuple[str, ...]


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= _TITLE_MAX:
        return title
    cut = title[:_TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"


def _first_line(lines: list[_Line], marked: set[int], markdown: bool) -> str | None:
    for i, line in enumerate(lines):
        if i in marked:
            continue
        title = line.text.lstrip("#").strip() if markdown else line.text
        if title:
            return _shorten(title)
    return None


def _load(cand: _Candidate, max_bytes: int, seen: dict[str, str]) -> _Loaded:
    if cand.problem:
        raise FileProblem(cand.shown, cand.problem)
    data = _read_bytes(cand, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen:
        raise FileProblem(cand.shown, f"same content as {seen[digest]} (kept that one)")
    fmt = cand.format or FORMATS.get(cand.file.suffix.lower(), "txt")
    text, warnings = _decode(data, cand.shown, fmt == "html")
    meta = cand.meta
    page = _extract_html(text, cand.shown) if fmt == "html" else None
    if page is not None:
        text = page.text
    lines, marked = _scan(text)
    if page is not None and not any(
        lines[i].words >= _MIN_ARTICLE_WORDS for i in range(len(lines)) if i not in marked
    ):
        raise FileProblem(cand.shown, "HTML has no article text (only navigation or boilerplate)")
    seen[digest] = cand.shown
    title = meta.title or (page.title if page else None) or _first_line(lines, marked, fmt == "md")
    return _Loaded(
        cand=cand,
        text=text,
        sha256=digest,
        format=fmt,
        title=_shorten(title) if title else Path(cand.shown).name,
        url=meta.url or (page.url if page else None),
        published=meta.published or (page.published if page else None),
        author=meta.author or (page.author if page else None),
        boilerplate=_spans(lines, marked),
        warnings=tuple(warnings),
    )


def _ids(loaded: Sequence[_Loaded]) -> list[str]:
    return document_ids([item.cand for item in loaded])


def document_ids(cands: Sequence[_Candidate]) -> list[str]:
    """File stems; where two collide, prefixed with their directory (then more, until unique)."""

    def options(cand: _Candidate) -> list[str]:
        path = Path(cand.shown)
        return [
            path.stem,
            f"{cand.directory}/{path.stem}",
            f"{cand.directory}/{path.name}",
            cand.shown.replace(os.sep, "/"),
        ]

    choices = [options(cand) for cand in cands]
    level = [0] * len(cands)
    for depth in range(1, 4):
        counts = Counter(choices[i][level[i]] for i in range(len(cands)))
        clashing = [i for i in range(len(cands)) if counts[choices[i][level[i]]] > 1]
        if not clashing:
            break
        for i in clashing:
            level[i] = depth
    ids: list[str] = []
    assigned: set[str] = set()
    for i in range(len(cands)):
        base = candidate = choices[i][level[i]]
        n = 1
        while candidate in assigned:
            n += 1
            candidate = f"{base}~{n}"
        assigned.add(candidate)
        ids.append(candidate)
    return ids


def load_corpus(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = 5_000_000,
    strict: bool = False,
    selection: Selection | None = None,
    stdin: BinaryIO | None = None,
) -> Corpus:
    """Read every article the PATHs name, in order.

    Raises ``InputError`` for whole-run problems (missing PATH, a directory or
    glob without a single article, malformed or escaping ``sources.toml``),
    and with ``strict`` for the first file that would otherwise be skipped.
    ``-`` reads one article from ``stdin`` (default: the process's standard
    input).  Files that are all skipped give an empty corpus, not an error:
    the caller decides (the pipeline refuses to judge nothing).
    """
    plan = _plan(paths, selection, max_bytes=max_bytes, stdin=stdin)
    loaded: list[_Loaded] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for cand in plan:
        try:
            loaded.append(_load(cand, max_bytes, seen))
        except FileProblem as problem:
            if strict:
                raise InputError(f"{problem.path}: {problem.reason}") from None
            skipped.append(Skipped(problem.path, problem.reason))
    documents = tuple(_document(doc_id, item) for doc_id, item in zip(_ids(loaded), loaded, strict=True))
    return Corpus(documents=documents, skipped=tuple(skipped))


def outlet_of(cand: _Candidate) -> str:
    return cand.meta.outlet or Path(cand.shown).name


def _document(doc_id: str, item: _Loaded) -> Document:
    return Document(
        id=doc_id,
        path=item.cand.shown,
        text=item.text,
        outlet=outlet_of(item.cand),
        title=item.title,
        sha256=item.sha256,
        story=item.cand.story,
        published=item.published,
        author=item.author,
        url=item.url,
        format=item.format,
        boilerplate=item.boilerplate,
        warnings=item.warnings,
    )
