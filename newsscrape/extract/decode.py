"""Bytes to text: the page's own declarations first (BOM, HTTP header, meta charset), via w3lib.

Undeclared pages are tried as UTF-8 and then as windows-1256, the usual legacy encoding of Arabic
pages. A page whose text is UTF-8 decoded as Latin-1 and saved again (double-encoded mojibake) is
repaired when the repair is lossless.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

from ..errors import ExtractionError
from .thresholds import (
    ARABIC_SAMPLE_CHARS,
    MIN_ARABIC_RUNS,
    MIN_REPLACED,
    MISDECLARED_SHARE,
    MOJIBAKE_SAMPLE_CHARS,
    SNIFF_BYTES,
    UNDECODABLE_SHARE,
)

_MOJIBAKE = re.compile("[ØÙÚÛ][\u0080-\u00bf]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _guess(data: bytes) -> str | None:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1256"


def _to_unicode(content_type: str | None, data: bytes) -> tuple[str, str]:
    """(encoding, text) by the page's own declarations in a browser's order (a byte-order mark, the HTTP header,
    a meta or XML declaration), else ``_guess``. What ``html_to_unicode(..., auto_detect_fun=_guess)`` did, from
    w3lib's functions that last: version 2.6 deprecated that argument, and its own guess reads an undeclared page
    by its domain, windows-1252 for a .com."""
    encoding, bom = read_bom(data)
    if encoding is not None:
        return encoding, to_unicode(data[len(bom):], encoding)
    encoding = http_content_type_encoding(content_type) or html_body_declared_encoding(data) or _guess(data)
    return encoding, to_unicode(data, encoding)


class Decoded(NamedTuple):
    text: str
    encoding: str        # ends in ", repaired" when double-encoded text was undone
    replaced: int        # U+FFFD characters in the text (bytes that did not decode, or the page's own)


def decode(data: bytes | str, content_type: str | None = None) -> Decoded:
    """(text, encoding, U+FFFD count); the encoding ends in ", repaired" when double-encoded text was
    undone. Raises ExtractionError for content that is not text. (The count is taken once: on a large
    page each scan of the text for U+FFFD costs a tenth of a millisecond.)"""
    if isinstance(data, str):
        text = repair_mojibake(data)
        return Decoded(text, "unicode", text.count("\ufffd"))
    _refuse_non_text(data)
    encoding, text = _to_unicode(content_type, data)
    replaced = text.count("\ufffd")
    if encoding not in ("utf-8", "utf-16-le", "utf-16-be") and _is_arabic_utf8(data):
        # Declared a legacy encoding but the bytes are UTF-8 Arabic (a common CMS misconfiguration):
        # read as declared, they would be mojibake such as "ط§ظ„".
        encoding, text = "utf-8", data.decode("utf-8")
        replaced = text.count("\ufffd")
    elif replaced > max(MIN_REPLACED, len(text) // MISDECLARED_SHARE) and encoding == "utf-8":
        # Declared UTF-8 but written in windows-1256.
        alt = data.decode("cp1256", errors="replace")
        if (alt_replaced := alt.count("\ufffd")) < replaced and _ARABIC.search(alt):
            encoding, text, replaced = "cp1256", alt, alt_replaced
    if replaced > max(MIN_REPLACED, len(text) // UNDECODABLE_SHARE):
        raise ExtractionError("undecodable", f"undecodable page (declared {encoding})")
    repaired = repair_mojibake(text)
    if repaired is text:
        return Decoded(text, encoding, replaced)
    return Decoded(repaired, f"{encoding}, repaired", repaired.count("\ufffd"))


def _refuse_non_text(data: bytes) -> None:
    if not data or data.isspace():           # (not ``data.strip()``, which copies the page)
        raise ExtractionError("empty")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError("binary")


_FFFD = "\ufffd".encode()
_MOJIBAKE_LEADS = ("\u00d8".encode(), "\u00d9".encode())      # Ø and Ù as UTF-8: the pairs' first halves


def _holds(data: bytes, needle: bytes, end: int | None = None) -> bool:
    """``needle in data[:end]``, its first byte looked for first: a search for one byte is a memchr, one
    for a few bytes among Arabic UTF-8 is twenty times slower, and most pages lack that first byte."""
    return data.find(needle[:1], 0, end) >= 0 and data.find(needle, 0, end) >= 0


def read_as_utf8(data: bytes, content_type: str | None = None) -> bool:
    """Would ``decode`` give these bytes' own UTF-8 text, nothing replaced or repaired, *if* they are valid
    UTF-8? Told without decoding them (a large page's decoding costs as much as a tenth of its parse): the
    BOM, the header or the page declares UTF-8, or nothing is declared (the guess is UTF-8 when valid); no
    U+FFFD is written in the page; no lead byte pair of double-encoded Arabic stands where
    ``repair_mojibake`` looks. Whether the bytes are valid is then the parser's to say
    (``tree.parse_utf8``). Raises ExtractionError for content that is not text, as ``decode`` does."""
    _refuse_non_text(data)
    bom_encoding, _ = read_bom(data)
    encoding = bom_encoding or http_content_type_encoding(content_type) or html_body_declared_encoding(data)
    if encoding not in (None, "utf-8") or _holds(data, _FFFD):
        return False
    # repair_mojibake samples MOJIBAKE_SAMPLE_CHARS characters: at most four bytes each
    return not any(_holds(data, lead, 4 * MOJIBAKE_SAMPLE_CHARS) for lead in _MOJIBAKE_LEADS)


def _is_arabic_utf8(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(_ARABIC.findall(text[:ARABIC_SAMPLE_CHARS])) >= MIN_ARABIC_RUNS


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Latin-1 when the page is mostly such pairs and has no real Arabic."""
    sample = text[:MOJIBAKE_SAMPLE_CHARS]
    if "\u00d8" not in sample and "\u00d9" not in sample:      # Ø / Ù lead every Arabic pair
        return text
    pairs = len(_MOJIBAKE.findall(sample))
    if pairs < MIN_ARABIC_RUNS or len(_ARABIC.findall(sample)) > pairs:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            return text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
