"""Bytes to text: the page's own declarations first (BOM, HTTP header, meta charset), via w3lib.

Undeclared pages are tried as UTF-8 and then as windows-1256, the usual legacy encoding of Arabic
pages. A page whose text is UTF-8 decoded as Latin-1 and saved again (double-encoded mojibake) is
repaired when the repair is lossless.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from w3lib.encoding import html_to_unicode

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
    if not data.strip():
        raise ExtractionError("empty")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError("binary")
    encoding, text = html_to_unicode(content_type, data, auto_detect_fun=_guess)
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
