"""Articles named by URL (``s3://bucket/desk``, ``gs://…``, ``memory://…``, ``file:///mnt/shared/…``).

A PATH with a scheme (``NAME://``) is read through fsspec, which comes with the
``dask`` extra: under ``--engine dask`` the *workers* read the articles (one
load task per batch of a story's files), so the corpus never travels from the
client to the cluster and the client needs no access to the articles' bytes;
under ``--engine local`` this process reads them.  The client only lists the
files and reads the ``sources.toml`` manifests (small, and they decide the
stories and outlets).

The rules are those of a local directory (``compare.corpus.paths``), so a
URL run gives the bytes a local run over the same files gives:

* ``file://`` URLs name local paths (a mount every worker shares at the same
  path): they are planned by the local planner itself, with its checks
  (symbolic links leading out, link loops), and shown as the local path.
* Any other scheme is planned from the filesystem's listing: the same walk
  order (sorted, a directory before its subdirectories), the same
  include/exclude and hidden-directory rules (``selection.select_names``), the
  same manifest checks (a ``file`` that is absolute, climbs out with ``..``
  or is not listed is an error naming the manifest's line).  Object stores
  have no symbolic links.  Files are shown as URLs (``s3://bucket/desk/a.txt``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import Any

from compare.errors import InputError
from compare.selection import Selection, select_names

INSTALL_HINT = "pip install 'divergence-report[dask]'"
_SCHEME = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]+://")
FILE_SCHEME = "file://"


def is_url(arg: str) -> bool:
    """Whether a PATH argument is a URL (``scheme://…``; ``C:\\x`` and plain paths are not)."""
    return _SCHEME.match(arg) is not None


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path in it; a one-line error without fsspec
    or for a scheme fsspec does not know (or whose library is not installed)."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise InputError(f"{url}: URL inputs need fsspec (the dask extra): {INSTALL_HINT}") from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise InputError(f"{url}: cannot open this URL ({one_line(exc)})") from None


def local_path(url: str) -> str:
    """The local path a ``file://`` URL names (``file:///mnt/x`` → ``/mnt/x``)."""
    filesystem(url)  # the same requirement as any URL: the dask extra
    rest = url[len(FILE_SCHEME) :]
    if not rest.startswith("/"):
        raise InputError(f"{url}: a file:// URL needs an absolute path (file:///path/to/articles)")
    return rest


def read_at_most(stream: Any, limit: int) -> bytes:
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


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def read_url(url: str, max_bytes: int) -> tuple[int, bytes]:
    """The size fsspec reports for ``url`` and, unless that is over ``max_bytes``, up to
    ``max_bytes + 1`` bytes of it (``OSError`` when it cannot be read)."""
    fs, path = filesystem(url)
    try:
        size = fs.size(path)
        if size is not None and size > max_bytes:
            return int(size), b""
        with fs.open(path, "rb") as handle:
            data = read_at_most(handle, max_bytes + 1)
    except OSError:
        raise
    except Exception as exc:  # a remote store's own errors (permissions, network) are a read failure
        raise OSError(one_line(exc)) from None
    return (int(size) if size is not None else 0), data


class Listing:
    """Every file and directory under a URL's root, listed once."""

    def __init__(self, fs: Any, root: str, arg: str) -> None:
        self.fs = fs
        self.root = root
        try:
            found = fs.find(root, withdirs=True, detail=True)
        except Exception as exc:
            raise InputError(f"{arg}: cannot list directory ({one_line(exc)})") from None
        self.dirs: dict[str, list[str]] = {"": []}
        self.files: dict[str, list[str]] = {"": []}
        self.all_files: set[str] = set()
        for full, info in found.items():
            rel = _relative(fs._strip_protocol(full), root)
            if rel in ("", None):
                continue
            parent, name = posixpath.split(rel)
            if info.get("type") == "directory":
                self.dirs.setdefault(parent, []).append(name)
                self.dirs.setdefault(rel, [])
                self.files.setdefault(rel, [])
            else:
                self.files.setdefault(parent, []).append(name)
                self.all_files.add(rel)
                # Object stores list files, not folders: every folder of a file exists.
                while parent:
                    up, last = posixpath.split(parent)
                    if parent not in self.dirs:
                        self.dirs[parent] = []
                        self.files.setdefault(parent, [])
                        self.dirs.setdefault(up, []).append(last)
                    parent = up

    def walk(self, arg: str, selection: Selection, suffixes: Any) -> list[tuple[str, list[str], list[str]]]:
        """``(relative_dir, names, unread)`` top-down, as ``selection.walk`` yields a local tree."""
        out: list[tuple[str, list[str], list[str]]] = []
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            subdirs = sorted(set(self.dirs.get(rel_dir, [])))
            kept, names, unread = select_names(
                arg, rel_dir, subdirs, self.files.get(rel_dir, []), selection, suffixes
            )
            out.append((rel_dir, names, unread))
            stack.extend(reversed([f"{rel_dir}/{name}" if rel_dir else name for name in kept]))
        return out


def _relative(path: str, root: str) -> str | None:
    path, root = path.rstrip("/"), root.rstrip("/")
    if path == root:
        return ""
    if root and not path.startswith(root + "/"):
        return None
    return path[len(root) + 1 :] if root else path.lstrip("/")


def listed_target(listing_files: set[str], rel_dir: str, shown_dir: str) -> Callable[[str], str | None]:
    """What is wrong with a manifest's ``file`` name in ``rel_dir`` of a listing (None: nothing)."""

    def locate(name: str) -> str | None:
        joined = posixpath.normpath(posixpath.join(rel_dir, name)) if rel_dir else posixpath.normpath(name)
        inside = posixpath.normpath(name)
        if inside == ".." or inside.startswith("../") or joined.startswith("../") or joined == "..":
            return f"points outside {shown_dir}"
        if joined not in listing_files:
            return "does not exist"
        return None

    return locate
