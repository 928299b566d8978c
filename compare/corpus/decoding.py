"""Reading and decoding one file: size limits, binary detection, BOMs and encodings.

Text keeps its newlines exactly as in
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
"""

from __future__ import annotations

import codecs
import os
import re
from typing import TYPE_CHECKING

from compare.corpus.paths import _Candidate
from compare.corpus.remote import FILE_SCHEME, read_at_most, read_url
from compare.errors import FileProblem

if TYPE_CHECKING:
    pass

# Share of control characters above which decoded "text" is really binary.
_BINARY_CONTROL_RATIO = 0.02
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
    if cand.url is not None and not cand.url.startswith(FILE_SCHEME):
        return _read_url(cand, max_bytes)
    try:
        size = os.stat(cand.file).st_size
    except OSError as exc:
        raise FileProblem(cand.shown, f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise FileProblem(cand.shown, f"larger than --max-bytes ({size:,} > {max_bytes:,} bytes)")
    try:
        with open(cand.file, "rb") as fh:
            data = read_at_most(fh, max_bytes + 1)
    except OSError as exc:
        raise FileProblem(cand.shown, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise FileProblem(cand.shown, f"larger than --max-bytes (> {max_bytes:,} bytes)")
    if not data:
        raise FileProblem(cand.shown, "empty file")
    return data


def _read_url(cand: _Candidate, max_bytes: int) -> bytes:
    """``_read_bytes`` for a file named by URL: the same limits and messages, through fsspec."""
    assert cand.url is not None
    try:
        size, data = read_url(cand.url, max_bytes)
    except OSError as exc:
        raise FileProblem(cand.shown, f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise FileProblem(cand.shown, f"larger than --max-bytes ({size:,} > {max_bytes:,} bytes)")
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
