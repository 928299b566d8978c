"""Compact stores for what a run keeps per article: the client's memory stays flat as a corpus grows.

The client of a streamed report (``engine.write_json``) holds no text, fact or
finding, but it must still know a few things about every article of the
corpus until the end: its id, outlet label, size, where its plan and its part
of the report are, and, while it plans, which paths and contents it met
already.  Kept as Python objects (a ``str`` in a list, a ``set`` of paths, a
``dict`` of digests) that was 0.5-1 KB an article; kept here, it is a few
dozen bytes an article in flat arrays, and past a few pages those arrays
live in a temporary file (``SpillArray``, ``Texts``), so that what stays in
memory no longer grows with the corpus (``docs/scaling.md``).

- ``SpillArray``: an ``array.array`` of one type code whose pages past the
  first few are kept in a temporary file, read and written back a page at a
  time (a small cache of pages stays in memory).
- ``Texts``: strings one after another, read back by position.
- ``DigestTable``: digests mapped to a number (duplicate contents).
- ``NameSet``: a set of names (claimed paths, labels seen) as 128-bit digests.
- ``Numbered``: distinct names (stories) numbered in the order first added.

The temporary files go to the directory given (beside the report: ``/tmp``
may be a RAM disk, which would keep them in memory after all), or to the
temporary directory.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import IO, Any, TypeVar, overload

_T = TypeVar("_T")

# Bytes a page of a ``SpillArray`` holds, and pages it keeps in memory: 64 KiB an array read in
# order, whatever the corpus (a run keeps about ten such arrays).  A hash table is read at
# random: smaller pages, more of them (64 KiB too).
_PAGE = 1 << 14
_CACHED = 4
_TABLE_PAGE = 1 << 12
_TABLE_CACHED = 16


class Indexed(Sequence[_T]):
    """A sequence whose items are made when asked for (``_at``), from compact storage."""

    def _at(self, i: int) -> _T:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> _T: ...
    @overload
    def __getitem__(self, i: slice) -> list[_T]: ...
    def __getitem__(self, i: int | slice) -> _T | list[_T]:
        if isinstance(i, slice):
            return [self._at(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._at(i)


class SpillArray(Indexed[int]):
    """An ``array.array`` of ``typecode`` (integers) in pages of 16 KiB, the first pages in
    memory and the rest in an unnamed temporary file in ``directory``, written back when a page
    leaves the cache of ``_CACHED`` pages and read again with ``pread`` when asked for.  A run
    reads and writes its per-article arrays story by story, so the cache is hit most of the
    time; an array of a few thousand items never touches the disk.  Items never set are
    ``fill``."""

    def __init__(
        self,
        typecode: str,
        directory: str | os.PathLike[str] | None = None,
        page: int = _PAGE,
        cached: int = _CACHED,
        fill: int = 0,
    ) -> None:
        self.typecode, self.fill = typecode, fill
        self.page_bytes, self.cached = page, cached
        self.per_page = page // array(typecode).itemsize
        self.directory = directory
        self.length = 0
        self.pages: OrderedDict[int, array[Any]] = OrderedDict()
        self.dirty: set[int] = set()
        self.file: IO[bytes] | None = None
        self.stored: set[int] = set()  # the pages the file holds (written at least once)

    def __len__(self) -> int:
        return self.length

    def _page(self, number: int) -> array[Any]:
        pages = self.pages
        page = pages.get(number)
        if page is not None:
            pages.move_to_end(number)
            return page
        if number in self.stored and self.file is not None:
            page = array(self.typecode)
            page.frombytes(os.pread(self.file.fileno(), self.page_bytes, number * self.page_bytes))
            if len(page) != self.per_page:
                raise OSError("compact store: short read")
        else:  # never written: every item is the fill
            page = array(self.typecode, [self.fill]) * self.per_page
        pages[number] = page
        if len(pages) > self.cached:
            self._evict()
        return page

    def _evict(self) -> None:
        number, page = self.pages.popitem(last=False)
        if number in self.dirty:
            self.dirty.discard(number)
            if self.file is None:
                self.file = tempfile.TemporaryFile(dir=self.directory)
            data = page.tobytes()
            if os.pwrite(self.file.fileno(), data, number * self.page_bytes) != len(data):
                raise OSError("compact store: short write")
            self.stored.add(number)

    def _at(self, i: int) -> int:
        page, k = divmod(i, self.per_page)
        value: int = self._page(page)[k]
        return value

    def __getitem__(self, i: Any) -> Any:
        # The common case without ``Indexed``'s checks: most of a run's reads.
        if type(i) is int and 0 <= i < self.length:
            page, k = divmod(i, self.per_page)
            return self._page(page)[k]
        if isinstance(i, slice):
            start, stop, step = i.indices(self.length)
            if step == 1:
                return self.range(start, stop)
        return super().__getitem__(i)

    def range(self, start: int, stop: int) -> list[int]:
        """Items ``start`` to ``stop`` (within the array), a page's share at a time: a C slice of
        each page, not a Python call an item."""
        out: list[int] = []
        while start < stop:
            number, k = divmod(start, self.per_page)
            end = min(stop - number * self.per_page, self.per_page)
            out += self._page(number)[k:end]
            start += end - k
        return out

    def __setitem__(self, i: int, value: int) -> None:
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        page, k = divmod(i, self.per_page)
        self._page(page)[k] = value
        self.dirty.add(page)

    def append(self, value: int) -> None:
        self.length += 1
        self[self.length - 1] = value

    def extend(self, values: Iterable[int]) -> None:
        for value in values:
            self.append(value)

    def grow(self, count: int) -> None:
        """``count`` more items, each the array's ``fill`` (nothing is written until set)."""
        self.length += count

    def __iter__(self) -> Iterator[int]:
        # A page at a time: iterating is a C loop over each page's items.
        for number in range(0, (self.length + self.per_page - 1) // self.per_page):
            page = self._page(number)
            end = min(self.per_page, self.length - number * self.per_page)
            yield from page[:end]

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        self.pages.clear()


class Texts(Indexed[str]):
    """Strings kept one after another, read back by position: what a per-document list of
    strings (ids, labels, paths) costs at scale.  A ``str`` in a list costs ~60 bytes besides
    its characters (object header, hash, pointer); here a string costs its UTF-8 bytes and 8
    bytes of offset, and both live in temporary files (in ``directory``) past the first pages:
    only a write buffer and a ``SpillArray`` cache stay in memory.  Lone
    surrogates (undecodable file names) survive."""

    def __init__(self, strings: Iterable[str] = (), directory: str | os.PathLike[str] | None = None) -> None:
        self.ends = SpillArray("q", directory)
        self.directory = directory
        self.buffer = bytearray()  # the bytes not yet in the file
        self.flushed = 0  # bytes in the file
        self.file: IO[bytes] | None = None
        for text in strings:
            self.append(text)

    def append(self, text: str) -> None:
        self.buffer += text.encode("utf-8", "surrogatepass")
        self.ends.append(self.flushed + len(self.buffer))
        if len(self.buffer) >= _PAGE:
            if self.file is None:
                self.file = tempfile.TemporaryFile(dir=self.directory)
            if os.pwrite(self.file.fileno(), self.buffer, self.flushed) != len(self.buffer):
                raise OSError("compact store: short write")
            self.flushed += len(self.buffer)
            self.buffer = bytearray()

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step == 1:
                return self.range(start, stop)
        return super().__getitem__(i)

    def range(self, start: int, stop: int) -> list[str]:
        """Strings ``start`` to ``stop`` (within the store), their bytes read at once (one
        ``pread`` at most, where each string was one: a warm check reads its recalled
        directories' document ids this way, ~7 times an article)."""
        if start >= stop:
            return []
        ends = self.ends.range(start - 1, stop) if start else [0, *self.ends.range(0, stop)]
        base, last, flushed = ends[0], ends[-1], self.flushed
        data = b""
        if base < flushed:
            assert self.file is not None
            size = min(last, flushed) - base
            data = os.pread(self.file.fileno(), size, base)
            if len(data) != size:
                raise OSError("compact store: short read")
        if last > flushed:
            data += self.buffer[max(base - flushed, 0) : last - flushed]
        return [data[a - base : b - base].decode("utf-8", "surrogatepass") for a, b in pairwise(ends)]

    def _at(self, i: int) -> str:
        end = self.ends[i]
        start = self.ends[i - 1] if i else 0
        if start >= self.flushed:  # a string is flushed whole: in the buffer, or in the file
            return self.buffer[start - self.flushed : end - self.flushed].decode("utf-8", "surrogatepass")
        assert self.file is not None
        data = os.pread(self.file.fileno(), end - start, start)
        if len(data) != end - start:
            raise OSError("compact store: short read")
        return data.decode("utf-8", "surrogatepass")

    def close(self) -> None:
        self.ends.close()
        if self.file is not None:
            self.file.close()
            self.file = None


class DigestTable:
    """Digests mapped to the document each names, in two arrays (an open-addressing table of
    the digests' first 8 bytes and the document number): ~24-48 bytes a document, where a dict
    of 32-byte ``bytes`` costs ~110, in a temporary file (in ``directory``) past a few pages.
    A hit on the first 8 bytes is only a candidate: ``same(i)`` decides whether document ``i``
    has the very digest."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = directory
        self.keys, self.docs = self._table(1024)
        self.count = 0

    def _table(self, size: int) -> tuple[SpillArray, SpillArray]:
        keys = SpillArray("q", self.directory, _TABLE_PAGE, _TABLE_CACHED)
        docs = SpillArray("i", self.directory, _TABLE_PAGE, _TABLE_CACHED, fill=-1)
        keys.grow(size)
        docs.grow(size)
        return keys, docs

    def find(self, raw: bytes, same: Callable[[int], bool]) -> int | None:
        """The document whose digest is ``raw`` (``same`` confirms a candidate), or None."""
        key, mask = int.from_bytes(raw[:8], "little", signed=True), len(self.docs) - 1
        slot = key & mask
        while (doc := self.docs[slot]) >= 0:
            if self.keys[slot] == key and same(doc):
                return doc
            slot = (slot + 1) & mask
        return None

    def add(self, raw: bytes, doc: int) -> None:
        if 2 * (self.count + 1) > len(self.docs):
            keys, docs = self.keys, self.docs
            self.keys, self.docs = self._table(2 * len(docs))
            for k, d in zip(keys, docs, strict=True):
                if d >= 0:
                    self._put(k, d)
            keys.close()
            docs.close()
        self._put(int.from_bytes(raw[:8], "little", signed=True), doc)
        self.count += 1

    def _put(self, key: int, doc: int) -> None:
        mask = len(self.docs) - 1
        slot = key & mask
        while self.docs[slot] >= 0:
            slot = (slot + 1) & mask
        self.keys[slot], self.docs[slot] = key, doc

    def close(self) -> None:
        self.keys.close()
        self.docs.close()


class NameTable:
    """A set of names, exact: each name is in a ``Texts`` (in a temporary file in ``directory``
    past its first page), found through an open-addressing table in memory of the names'
    ``hash`` and their numbers there, at most two thirds full: 12 bytes a slot, ~18-36 bytes
    a name, where a ``set`` of strings keeps ~100-170 (the string and its slot).  A hit on the
    hash is confirmed against the very name.  ``NameSet`` keeps its table on disk too, flat, but
    its pages are read and written again as lookups land on them (~20 µs an ``add`` at 10,000
    names, ~1 here): this is for a set that a warm check fills with every document's name on
    every run (``corpus.iter_document_ids``; issue 14)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.names = Texts(directory=directory)
        self.keys, self.refs = self._table(1024)

    @staticmethod
    def _table(size: int) -> tuple[array[int], array[int]]:
        return array("q", bytes(8 * size)), array("i", [-1]) * size

    def _slot(self, name: str, key: int) -> int:
        """The slot holding ``name`` (whose hash is ``key``), else the free slot where it would go."""
        keys, refs, names = self.keys, self.refs, self.names
        mask = len(refs) - 1
        slot = key & mask
        while (ref := refs[slot]) >= 0 and (keys[slot] != key or names[ref] != name):
            slot = (slot + 1) & mask
        return slot

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        return self.refs[self._slot(name, hash(name))] >= 0

    def add(self, name: str) -> None:
        key = hash(name)
        slot = self._slot(name, key)
        if self.refs[slot] >= 0:
            return
        count = len(self.names)
        if 3 * (count + 1) > 2 * len(self.refs):
            keys, refs = self.keys, self.refs
            self.keys, self.refs = self._table(2 * len(refs))
            mask = len(self.refs) - 1
            for k, ref in zip(keys, refs, strict=True):
                if ref >= 0:
                    slot = k & mask
                    while self.refs[slot] >= 0:
                        slot = (slot + 1) & mask
                    self.keys[slot], self.refs[slot] = k, ref
            slot = self._slot(name, key)
        self.keys[slot], self.refs[slot] = key, count
        self.names.append(name)

    def __len__(self) -> int:
        return len(self.names)

    def close(self) -> None:
        """Closes its names' file and lets its table go (a closed table may still be referred to)."""
        self.names.close()
        self.keys, self.refs = array("q"), array("i")


class NameSet:
    """A set of names (paths, URLs, labels) kept as 16-byte BLAKE2b digests: ``name in s``,
    ``s.add(name)``.

    The walk remembers every file it yielded (``paths.iter_plan``'s claimed paths); as a
    ``set`` of strings that was ~150 bytes a file while the walk ran, here ~40 (a
    ``DigestTable`` entry and the digest's other 8 bytes, which confirm a candidate), in a
    temporary file (in ``directory``) past a few pages.  Two names are taken for one
    only if their 128-bit digests are equal: about one chance in 10^29 for a corpus of 100,000
    files, far below any failure of the disk."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.table = DigestTable(directory)
        self.rest = SpillArray("q", directory)  # the second 8 bytes of each name's digest

    def _digest(self, name: str) -> tuple[bytes, int]:
        raw = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        return raw, int.from_bytes(raw[8:], "little", signed=True)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        raw, rest = self._digest(name)
        return self.table.find(raw, lambda i: self.rest[i] == rest) is not None

    def add(self, name: str) -> None:
        raw, rest = self._digest(name)
        if self.table.find(raw, lambda i: self.rest[i] == rest) is None:
            self.table.add(raw, len(self.rest))
            self.rest.append(rest)

    def __len__(self) -> int:
        return len(self.rest)

    def close(self) -> None:
        self.table.close()
        self.rest.close()


class Numbered(Indexed[str]):
    """Distinct names (a corpus's stories) numbered in the order they were first added:
    ``add(name)`` gives a name's number, ``number(name)`` finds it, ``self[n]`` is the name.

    The names are a ``Texts``, found through a ``DigestTable`` of their BLAKE2b digests and
    confirmed against the very name (exact, not a digest's odds): no Python object a name,
    where a ``dict`` of strings to numbers costs ~150 bytes a story besides the strings, and
    both live in temporary files (in ``directory``) past a few pages."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.names = Texts(directory=directory)
        self.table = DigestTable(directory)

    def _digest(self, name: str) -> bytes:
        return hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest()

    def number(self, name: str) -> int | None:
        """The number of ``name``, or None if it was never added."""
        return self.table.find(self._digest(name), lambda n: self.names[n] == name)

    def add(self, name: str) -> int:
        """The number of ``name``, given it now (the next number) if it had none."""
        raw = self._digest(name)
        number = self.table.find(raw, lambda n: self.names[n] == name)
        if number is None:
            number = len(self.names)
            self.table.add(raw, number)
            self.names.append(name)
        return number

    def __len__(self) -> int:
        return len(self.names)

    def _at(self, i: int) -> str:
        return self.names[i]

    def close(self) -> None:
        self.names.close()
        self.table.close()
