"""Which files a run reads: directory walks, include/exclude globs, quoted globs.

``corpus`` owns reading a file; this module only decides *which* files.  The
rules, as a newsroom repository needs them:

* A directory is walked recursively, in sorted order, without following
  symbolic links to directories (no cycles) and without entering hidden
  directories (``.git``, ``.divergence-cache``) or ``__pycache__``.
* A file is an article when its name matches an ``include`` pattern (by
  default the article extensions ``corpus.FORMATS`` reads) and no
  ``exclude`` pattern; an excluded directory is not entered.  Files given by
  name on the command line are always read, like ruff and black do.
* Patterns are globs in the gitignore style: ``*`` and ``?`` stay within one
  path segment, ``**`` spans segments, ``[abc]`` is a character class.  A
  pattern without ``/`` matches a name at any depth (``*.md``, ``drafts``); a
  pattern with ``/`` matches the path relative to the directory walked
  (``wire/*.txt``) or the path as given (``stories/wire/*.txt``).
* An argument that names no existing file but contains glob characters is
  expanded (a pattern quoted in the shell, or a shell that does not expand).
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# Directory names never walked into: not articles, often large.
SKIPPED_DIRS = frozenset({"__pycache__", "node_modules"})
# Article formats a newsroom keeps that are not read: reported, never dropped silently.
UNREAD_FORMATS = {
    ".pdf": "a PDF",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "an RTF document",
    ".pages": "a Pages document",
}
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Selection:
    """The include/exclude globs of a run, and directories it must not read (its own output)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    skip_dirs: tuple[Path, ...] = field(default=(), compare=False)

    def describe(self, default_suffixes: Iterable[str]) -> str:
        """What a walk looked for, for the "no articles found" message."""
        text = ", ".join(self.include or tuple(f"*{suffix}" for suffix in default_suffixes))
        if self.exclude:
            text += f"; excluding {', '.join(self.exclude)}"
        return text

    def selects(self, relative: str, shown: str, default_suffixes: Collection[str]) -> bool:
        """Whether a file met on a walk (or matched by a glob) is read.

        Without ``include`` patterns, the article extensions in any case
        (``A.TXT`` too); the patterns themselves are case-sensitive, as in git.
        """
        name = relative.rsplit("/", 1)[-1]
        if name.startswith(".") or _any(self.exclude, relative, shown):
            return False
        if self.include:
            return _any(self.include, relative, shown)
        return suffix(name).lower() in default_suffixes


def suffix(name: str) -> str:
    """``PurePath(name).suffix`` of a file's name (no ``/``), without making a path object:
    ~5 µs a file of a 10,000-file walk."""
    i = _suffix_dot(name)
    return name[i:] if i else ""


def stem(name: str) -> str:
    """``PurePath(name).stem`` of a file's name (no ``/``), as ``suffix`` reads it."""
    i = _suffix_dot(name)
    return name[:i] if i else name


def _suffix_dot(name: str) -> int:
    """Where ``name``'s suffix starts, else 0: a leading dot (".profile") or a final one is no suffix."""
    i = name.rfind(".")
    return i if 0 < i < len(name) - 1 else 0


def has_glob(arg: str) -> bool:
    return bool(_GLOB_CHARS.search(arg))


def expand(arg: str) -> list[str]:
    """The existing paths a glob argument matches, sorted (``**`` spans directories)."""
    return sorted(glob.glob(arg, recursive=True))


@lru_cache(maxsize=256)
def _compile(pattern: str) -> tuple[re.Pattern[str], bool]:
    """A glob as a regex, and whether it is anchored (contains a ``/``)."""
    pat = pattern.strip()
    while pat.startswith("./"):
        pat = pat[2:]
    pat = pat.rstrip("/") or pat
    anchored = "/" in pat
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[" and (close := pat.find("]", i + 2)) != -1:
            body = pat[i + 1 : close]
            negate = body.startswith("!")
            body = body[1:] if negate else body
            chars = "".join(c if c == "-" else re.escape(c) for c in body)
            out.append(f"[{'^' if negate else ''}{chars}]")
            i = close + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + r"\Z"), anchored


def matches(pattern: str, relative: str, shown: str) -> bool:
    """Whether ``pattern`` selects the path ``relative`` (to the walked directory), shown as ``shown``."""
    regex, anchored = _compile(pattern)
    if not anchored:
        return regex.match(relative.rsplit("/", 1)[-1]) is not None
    shown = shown.replace(os.sep, "/")
    while shown.startswith("./"):
        shown = shown[2:]
    return regex.match(relative) is not None or regex.match(shown) is not None


def _any(patterns: Iterable[str], relative: str, shown: str) -> bool:
    return any(matches(p, relative, shown) for p in patterns)


def _raise(exc: OSError) -> None:
    # An unreadable directory is an error the user must see, not a silent gap.
    raise exc


def select_names(
    arg: str,
    rel_dir: str,
    dirnames: Iterable[str],
    filenames: Iterable[str],
    selection: Selection,
    default_suffixes: Collection[str],
) -> tuple[list[str], list[str], list[str]]:
    """Of one directory's entries: the subdirectories to enter, the selected files and the
    unread documents, each sorted.  The one rule for a local walk (``walk``) and a URL's
    listing (``compare.corpus.remote``)."""
    kept = []
    for name in sorted(dirnames):
        rel = f"{rel_dir}/{name}" if rel_dir else name
        if name.startswith(".") or name in SKIPPED_DIRS:
            continue
        if _any(selection.exclude, rel, os.path.join(arg, rel)):
            continue
        kept.append(name)
    names: list[str] = []
    unread: list[str] = []
    for name in sorted(filenames):
        rel = f"{rel_dir}/{name}" if rel_dir else name
        shown = os.path.join(arg, rel)
        if selection.selects(rel, shown, default_suffixes):
            names.append(name)
        elif (
            not selection.include
            and suffix(name).lower() in UNREAD_FORMATS
            and not name.startswith(".")
            and not _any(selection.exclude, rel, shown)
        ):
            unread.append(name)
    return kept, names, unread


def walk(
    arg: str, directory: Path, selection: Selection, default_suffixes: Collection[str]
) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """Each directory under ``directory`` (itself first) with its selected files, sorted.

    Yields ``(dirpath, relative_dir, names, unread)``; ``dirpath`` is the
    directory as ``os.walk`` names it (a string); ``relative_dir`` is
    ``""`` for ``directory`` itself and uses ``/``; ``unread`` are documents in
    a format that is not read (``UNREAD_FORMATS``), so that the caller can say
    so.  Directories without selected files are still yielded (a manifest
    there may name files).
    """
    # Strings, not a ``Path`` a directory: pathlib interns every part of every path it parses,
    # and those interned strings, dying with their paths, grew the interpreter's table of
    # interned strings once between 5,000 and 20,000 articles of a warm check (issue 14).
    skip = {str(p.resolve()) for p in selection.skip_dirs}
    top = os.fspath(directory)
    for dirpath, dirnames, filenames in os.walk(directory, onerror=_raise, followlinks=False):
        rel_dir = _relative_dir(dirpath, top)
        kept, names, unread = select_names(arg, rel_dir, dirnames, filenames, selection, default_suffixes)
        if skip:
            kept = [name for name in kept if os.path.realpath(os.path.join(dirpath, name)) not in skip]
        dirnames[:] = kept  # os.walk descends into these only, in this order
        yield dirpath, rel_dir, names, unread


def _relative_dir(dirpath: str, top: str) -> str:
    """``dirpath`` (``os.walk``'s, under ``top``) relative to ``top``, with ``/``; ``""`` for ``top``:
    what ``Path(dirpath).relative_to(top).as_posix()`` says, without making paths (``top`` is a
    ``Path``'s text: no trailing separator but the root's, "." for the current directory)."""
    if dirpath == top:
        return ""
    prefix = top if top.endswith(os.sep) else top + os.sep
    if os.sep == "/" and dirpath.startswith(prefix):
        return dirpath[len(prefix) :]  # os.walk's names joined by "/": nothing pathlib would drop
    rel_dir = Path(dirpath).relative_to(top).as_posix()
    return "" if rel_dir == "." else rel_dir
