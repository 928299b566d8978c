"""Indented JSON text, byte for byte what ``json.dumps(data, ensure_ascii=False, indent=2)`` writes, faster.

The standard library encodes with C only when ``indent`` is ``None``; with an
indent it falls back to a pure-Python generator that yields every bracket,
separator and value as its own chunk.  A report of 50,000 facts is about
seven million chunks, each then UTF-8-encoded and written on its own: most
of the time of ``divergence report`` on a huge article went there.

This module builds the same text with one string per element of the
top-level lists (a fact, a finding, a document) and hands it to the writer in
pieces of about a megabyte.  Below that level, each container is one
``str.join`` over its items, strings are escaped by the standard library's own
(C) ``encode_basestring``, and numbers are written with ``int.__repr__`` and
``float.__repr__``, as ``json`` does.  The rules that make the bytes equal:

- a non-empty container opens, puts each item on its own line one indent
  deeper, separated by ``","``, and closes on a line at its own depth; an empty
  one is ``{}`` or ``[]``;
- keys are written ``"key": value``; keys that are not strings are converted as
  ``json`` converts them (``true``, ``null``, ``1``, ``1.5``), and any other key
  type is a ``TypeError``;
- ``NaN`` and the infinities are written ``NaN``, ``Infinity``, ``-Infinity``
  (``json``'s default ``allow_nan=True``);
- subclasses of ``str``, ``int``, ``float``, ``list``, ``tuple`` and ``dict``
  (an ``Enum`` mixed with ``str``, say) are written as their base type, in the
  order of ``json``'s own ``isinstance`` tests; anything else is a ``TypeError``.

``tests/test_jsontext.py`` compares the bytes with ``json.dumps`` on the seeds'
report and on generated data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring  # json's own C escaper when available
from typing import Any, AnyStr

_INDENT = "  "
# Characters handed to the writer at a time.  A chunk is made as a list of pieces and then their
# join, both alive at once: at 1 MiB that was ~3 MB at the end of a warm check (with a story's
# joined run, ``streamed._RUN``), set on top of all the run keeps, and the check's peak
# (issue 14: 37.0 MiB at 20,000 articles, 2.7 over what the run held before writing).
_CHUNK = 1 << 18


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x == float("inf"):
        return "Infinity"
    if x == float("-inf"):
        return "-Infinity"
    return float.__repr__(x)


def _key(key: object) -> str:
    # json's key conversion, in its order.
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_float(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _newlines(depth: int) -> list[str]:
    return ["\n" + _INDENT * i for i in range(depth)]


class _Writer:
    """One encoding: the line starts of every depth met so far, grown on demand."""

    def __init__(self) -> None:
        self.lines = _newlines(16)

    def line(self, depth: int) -> str:
        while depth >= len(self.lines):
            self.lines = _newlines(2 * len(self.lines))
        return self.lines[depth]

    def value(self, o: Any, depth: int) -> str:
        t = type(o)
        if t is str:
            return encode_basestring(o)
        if t is dict:
            return self.mapping(o, depth)
        if t is list or t is tuple:
            return self.sequence(o, depth)
        if t is int:
            return int.__repr__(o)
        if t is float:
            return _float(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        return self.other(o, depth)

    def other(self, o: Any, depth: int) -> str:
        # Subclasses, tested in json's order (str before int: a str-mixin enum is a string).
        if isinstance(o, str):
            return encode_basestring(o)
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float(o)
        if isinstance(o, (list, tuple)):
            return self.sequence(o, depth)
        if isinstance(o, dict):
            return self.mapping(o, depth)
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def sequence(self, items: list[Any] | tuple[Any, ...], depth: int) -> str:
        if not items:
            return "[]"
        inner = self.line(depth + 1)
        value = self.value
        body = ("," + inner).join(
            [encode_basestring(v) if type(v) is str else value(v, depth + 1) for v in items]
        )
        return "[" + inner + body + self.line(depth) + "]"

    def mapping(self, o: dict[Any, Any], depth: int) -> str:
        if not o:
            return "{}"
        inner = self.line(depth + 1)
        value = self.value
        body = ("," + inner).join(
            [
                (encode_basestring(k) if type(k) is str else _key(k))
                + ": "
                + (encode_basestring(v) if type(v) is str else value(v, depth + 1))
                for k, v in o.items()
            ]
        )
        return "{" + inner + body + self.line(depth) + "}"


class Mapped:
    """A top-level list whose items are made one at a time, as the text reaches them: the
    report's facts as dicts are never all in memory at once (``schema.report_to_dict(lazy=True)``).
    Only ``_pieces`` knows it: anywhere else it is a ``TypeError``, as for any other object."""

    def __init__(self, items: Iterable[Any], convert: Callable[[Any], Any]) -> None:
        self.items = list(items) if not isinstance(items, (list, tuple)) else items
        self.convert = convert

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        convert = self.convert
        for item in self.items:
            yield convert(item)


class Rendered:
    """A top-level list whose items are text already (``element``), made where they were
    computed (a story's worker) and read back as the text reaches them
    (``compare.streamed``).  Each piece of ``pieces`` is one item, or several joined as a
    list joins them (``SEPARATOR``); empty pieces stand for no item.  ``count`` is the
    number of items (a list of none is written ``[]``)."""

    def __init__(self, pieces: Iterable[str] | Iterable[bytes], count: int) -> None:
        self.pieces = pieces
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str | bytes]:
        return (piece for piece in self.pieces if piece)


SEPARATOR = "," + "\n" + _INDENT * 2
"""What separates two items of a top-level list: ``SEPARATOR.join`` of items' ``element``
texts is one piece of a ``Rendered`` list."""


def element(o: Any) -> str:
    """The text of ``o`` as an item of a top-level list (two indents deep), as ``text`` writes it."""
    return _Writer().value(o, 2)


def _pieces(data: Any) -> Iterator[str | bytes]:
    """The text in pieces: one per item of a top-level container, so none holds the whole report."""
    w = _Writer()
    if type(data) is not dict or not data:
        yield w.value(data, 0)
        return
    first = True
    for key, item in data.items():
        yield ("{" if first else ",") + w.line(1) + _key(key) + ": "
        first = False
        if isinstance(item, Rendered) and len(item):
            yield "["
            inner = w.line(2)
            for i, piece in enumerate(item):
                yield ("," if i else "") + inner
                yield piece  # text, or UTF-8 bytes that ``iter_bytes`` passes on unread
            yield w.line(1) + "]"
        elif isinstance(item, (list, tuple, Mapped)) and len(item):
            yield "["
            inner = w.line(2)
            for i, value in enumerate(item):
                yield ("," if i else "") + inner + w.value(value, 2)
            yield w.line(1) + "]"
        elif isinstance(item, (Mapped, Rendered)):
            yield "[]"
        else:
            yield w.value(item, 1)
    yield "\n}"


def gathered(pieces: Iterable[AnyStr], empty: AnyStr, chunk: int = _CHUNK) -> Iterator[AnyStr]:
    """``pieces`` (text, or bytes) joined into chunks of about ``chunk`` characters (or bytes), in
    order: what a writer is handed, so that no one string holds a whole report (the JSON here,
    the HTML page in ``render.html``).  ``empty`` is ``""`` or ``b""``."""
    buffer: list[AnyStr] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= chunk:
            yield empty.join(buffer)
            buffer, size = [], 0
    if buffer:
        yield empty.join(buffer)


def iter_text(data: Any, chunk: int = _CHUNK) -> Iterator[str]:
    """The JSON text of ``data`` in chunks of about ``chunk`` characters (no trailing newline)."""
    pieces = (piece if type(piece) is str else piece.decode("utf-8") for piece in _pieces(data))  # type: ignore[union-attr]
    return gathered(pieces, "", chunk)


def iter_bytes(data: Any, chunk: int = _CHUNK) -> Iterator[bytes]:
    """``iter_text`` as UTF-8 in chunks of about ``chunk`` bytes; the pieces of a ``Rendered`` list
    may be UTF-8 bytes already, which are copied, not decoded and encoded again."""
    pieces = (piece if type(piece) is bytes else piece.encode("utf-8") for piece in _pieces(data))  # type: ignore[union-attr]
    return gathered(pieces, b"", chunk)


def text(data: Any) -> str:
    """The JSON text of ``data`` (no trailing newline)."""
    return "".join(iter_text(data))
