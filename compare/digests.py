"""Sets of digests kept in flat arrays: what the planning of a big corpus remembers per file.

A run that plans a corpus must recognise two things it met before: a file's
content (a second copy is skipped, ``engine._Walk``) and a file's path (a file
named by a manifest higher up, or reached by two arguments, is read once,
``paths.iter_plan``).  A Python ``set`` or ``dict`` of strings or ``bytes``
costs 100-200 bytes an entry (object headers, hashes, pointers); these tables
cost the digest's bytes and an index, about 24-40 bytes, which is what keeps the
client's memory nearly flat as a corpus grows (``docs/scaling.md``).
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable


class DigestTable:
    """Digests mapped to the document each names, in two arrays (an open-addressing table of
    the digests' first 8 bytes and the document number): ~24 bytes a document, where a dict
    of 32-byte ``bytes`` costs ~110.  A hit on the first 8 bytes is only a candidate:
    ``same(i)`` decides whether document ``i`` has the very digest."""

    def __init__(self) -> None:
        self.keys = array("q", bytes(8 * 1024))
        self.docs = array("i", [-1]) * 1024
        self.count = 0

    def find(self, raw: bytes, same: Callable[[int], bool]) -> int | None:
        """The document whose digest is ``raw`` (``same`` confirms a candidate), or None."""
        key, mask = int.from_bytes(raw[:8], "little", signed=True), len(self.docs) - 1
        slot = key & mask
        while self.docs[slot] >= 0:
            if self.keys[slot] == key and same(self.docs[slot]):
                return self.docs[slot]
            slot = (slot + 1) & mask
        return None

    def add(self, raw: bytes, doc: int) -> None:
        if 2 * (self.count + 1) > len(self.docs):
            keys, docs = self.keys, self.docs
            self.keys = array("q", bytes(16 * len(keys)))
            self.docs = array("i", [-1]) * (2 * len(docs))
            for k, d in zip(keys, docs, strict=True):
                if d >= 0:
                    self._put(k, d)
        self._put(int.from_bytes(raw[:8], "little", signed=True), doc)
        self.count += 1

    def _put(self, key: int, doc: int) -> None:
        mask = len(self.docs) - 1
        slot = key & mask
        while self.docs[slot] >= 0:
            slot = (slot + 1) & mask
        self.keys[slot], self.docs[slot] = key, doc


class NameSet:
    """A set of names (paths, URLs) kept as 16-byte BLAKE2b digests: ``name in s``, ``s.add(name)``.

    The walk remembers every file it yielded (``paths.iter_plan``'s claimed paths); as a
    ``set`` of strings that was ~150 bytes a file while the walk ran, here ~40 (a
    ``DigestTable`` entry and the digest's other 8 bytes, which confirm a candidate).  Two
    names are taken for one only if their 128-bit digests are equal: about one chance in
    10^29 for a corpus of 100,000 files, far below any failure of the disk."""

    def __init__(self) -> None:
        self.table = DigestTable()
        self.rest = array("q")  # the second 8 bytes of each name's digest, by number

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
