"""The parsed tree: parsing, noise removal and the small helpers every step shares."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..errors import ExtractionError
from ..text.arabic import clean
from .thresholds import MAX_SRCDOC_CHARS, PARSER_MAX_ERRORS

# Never content; removed right after metadata has been read.
NOISE_TAGS = ("script", "style", "noscript", "iframe", "svg", "canvas", "template", "object", "embed",
              "select", "textarea", "button", "input", "link", "meta")
BLOCK_TAGS = frozenset(
    "p div section article main aside header footer nav ul ol li dl dt dd table thead tbody tfoot tr td "
    "th blockquote pre figure figcaption h1 h2 h3 h4 h5 h6 hr center form fieldset address details summary "
    "body html".split())
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = frozenset({"d-none", "hidden", "hide", "u-hide", "sr-only", "visually-hidden", "hidden-xs-up",
                           "invisible", "screen-reader-text", "visuallyhidden", "is-hidden"})


def parse(text: str | bytes) -> etree._Element:
    """The tree of a document given as text, or as bytes read as UTF-8 (clean, or to be told so by
    ``parse_utf8``)."""
    source: str | bytes
    if isinstance(text, bytes):
        source, parser = text.removeprefix(b"\xef\xbb\xbf"), _parsers()[1]
    else:
        unmarked = text.lstrip("\ufeff")
        if unmarked.lstrip().startswith("<?xml"):
            unmarked = re.sub(r"^\s*<\?xml[^>]*>", "", unmarked)
        source, parser = unmarked, _parsers()[0]
    try:
        # Plain lxml elements: lxml.html's element classes cost a Python lookup for every element
        # touched (about a tenth of extraction time), and nothing here needs their methods.
        root = etree.fromstring(source, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError("unparseable", f"unparseable HTML ({exc})") from exc
    if root is None or len(root) == 0:
        raise ExtractionError("unparseable", "unparseable HTML (no elements)")
    return root


def strip_noise(root: etree._Element) -> None:
    """Scripts, styles, forms' controls, comments and the like out; a template that is a server-rendered shadow
    root (``<template shadowrootmode="open">``, what a web component's page shows) is kept as a box, its content
    the page's."""
    for template in root.iter("template"):
        if template.get("shadowrootmode") or template.get("shadowroot"):
            template.tag = "div"
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *NOISE_TAGS, with_tail=False)


def unwrap_fallbacks(root: etree._Element) -> bool:
    """What a page shows when its scripts do not run, and what a frame shows of its own markup: each <noscript>
    that holds paragraphs made a box of its content, each <iframe srcdoc> replaced by a box of the document it
    holds. True when there was any. (Read only when the page otherwise holds no article text: on most pages a
    <noscript> holds a tracking pixel or a lazy image's copy, and would double what the page shows.)"""
    found = False
    for el in root.iter("noscript"):
        if el.find(".//p") is not None:              # (a tag manager's frame, a pixel: nothing to read)
            el.tag, found = "div", True
    for frame in list(root.iter("iframe")):
        doc = frame.get("srcdoc")
        parent = frame.getparent()
        if not doc or len(doc) > MAX_SRCDOC_CHARS or parent is None:
            continue
        try:
            inner = parse(doc)
        except ExtractionError:
            continue
        body = inner.find("body")
        box = etree.Element("div")
        box.extend(list(body if body is not None else inner))
        box.tail = frame.tail
        parent.replace(frame, box)
        found = True
    return found


def is_hidden(el: etree._Element) -> bool:
    """Hidden by the ``hidden`` attribute, ``aria-hidden="true"``, an inline style or a hiding class.
    (Read from the attribute names first: most elements have none, or a class alone.)"""
    keys = el.keys()
    return bool(keys) and hidden_by(el, keys, el.get("class") if "class" in keys else None)


# The attributes besides class that ``hidden_by`` reads: an element with none of them and no hiding class
# is not hidden.
_HIDING_ATTRS = frozenset({"hidden", "aria-hidden", "style"})


def hidden_by(el: etree._Element, keys: list[str], cls: str | None) -> bool:
    """``is_hidden`` for an element whose attribute names (``keys``) and class (``cls``, None without one)
    are read already."""
    if cls and hiding_class(cls):
        return True
    if _HIDING_ATTRS.isdisjoint(keys):
        return False
    if "hidden" in keys or ("aria-hidden" in keys and el.get("aria-hidden") == "true"):
        return True
    style = el.get("style") if "style" in keys else None
    return bool(style and _HIDDEN_STYLE.search(style))


@lru_cache(maxsize=4096)
def hiding_class(cls: str) -> bool:
    """Does a class attribute's value name a hiding class? (cached: a page's hundreds of elements share a
    few dozen class values)"""
    return not _HIDDEN_CLASS.isdisjoint(cls.split())


def drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text in the flow."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_local = threading.local()


def _parsers() -> tuple[etree.HTMLParser, etree.HTMLParser]:
    """This thread's parsers, for text and for UTF-8 bytes. A parser's error log is its last run's in
    whichever thread ran it, and ``parse_utf8`` reads it after the run. No id hash table (collect_ids):
    nothing looks an element up by id, and building it is ~4 % of a parse."""
    try:
        return _local.parsers
    except AttributeError:
        _local.parsers = (
            etree.HTMLParser(remove_blank_text=False, remove_comments=False, collect_ids=False),
            etree.HTMLParser(remove_blank_text=False, remove_comments=False, collect_ids=False, encoding="utf-8"))
        return _local.parsers


# The parser's word that bytes given as UTF-8 were not (or held a character it refuses, which only
# costs the decoding that settles it).
_ENCODING_ERRORS = frozenset({etree.ErrorTypes.ERR_INVALID_ENCODING, etree.ErrorTypes.ERR_INVALID_CHAR})


def parse_utf8(data: bytes) -> tuple[etree._Element | None, bool]:
    """(tree, sure) of bytes read as UTF-8: ``sure`` when the parser met no byte that is not UTF-8 and
    could have said so (its log of errors not full). The tree is None when the bytes parse to none; the
    caller then decodes them, as it does when not sure."""
    try:
        root = parse(data)
    except ExtractionError:
        return None, False
    log = _parsers()[1].error_log
    if len(log) >= PARSER_MAX_ERRORS:
        return root, False
    return root, not any(e.type in _ENCODING_ERRORS for e in log)


def touches_link(el: etree._Element) -> bool:
    """Is ``el`` a link, or in one, or does it hold one? (A heading that is would head another story.)"""
    return el.tag == "a" or el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors())


def text_content(el: etree._Element) -> str:
    """All the text of an element and its descendants (comments and processing instructions left out).
    Serialised by libxml2 in one call: four times faster than joining ``itertext()``. An element without
    children is its text: most elements a step measures are such leaves, and a serialiser's setup costs
    more than their text."""
    if not isinstance(el.tag, str):
        return ""
    if not len(el):
        return el.text or ""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def text_of(el: etree._Element) -> str:
    return clean(text_content(el))


def text_len(el: etree._Element) -> int:
    """Length of an element's text with whitespace runs collapsed (cheaper than ``len(text_of(el))``)."""
    return len(" ".join(text_content(el).split()))


def link_text_len(el: etree._Element) -> int:
    return sum(len(" ".join(text_content(a).split())) for a in el.iter("a"))


def href_of(a: etree._Element, base: str | None) -> str | None:
    """Absolute http(s) URL of a link, or None for anchors, javascript:, mailto: and the like."""
    href = a.get("href")
    if not href:
        return None
    if base and base.startswith(("http://", "https://")):
        # Keyed so that the cache also serves the site's other pages (their menus share most links):
        # an absolute link needs no base, a root-relative one only the base's scheme and host (not when
        # a tab or a line break, which urllib deletes, may hide a second slash: "/\t/x" is "//x").
        start = href.lstrip()[:8]
        if start.startswith(("http://", "https://")):
            base = None
        elif start[:1] == "/" and start[1:2] not in ("/", "\t", "\n", "\r"):
            base = _origin(base)
    return _absolute(href, base)


@lru_cache(maxsize=256)
def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=4096)
def is_http_url(url: str) -> bool:
    """An absolute http(s) URL with a host."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")


@lru_cache(maxsize=8192)
def _absolute(href: str, base: str | None) -> str | None:
    """(cached: the related-list search resolves the same links again as it climbs the tree, and a site's
    pages share their menus). Tabs and line breaks inside the address are deleted, as browsers and urllib
    delete them: a link given whole is otherwise kept as written."""
    href = href.strip()
    if "\t" in href or "\n" in href or "\r" in href:
        href = href.translate(_TAB_OR_NEWLINE)
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:", "whatsapp:", "file:")):
        return None
    if (known := _plainly_resolved(href, base)) is not None:
        return known
    try:
        return _resolved_by_urllib(href, base)
    except ValueError:            # an address urllib refuses ("//[", a host that folds to "/"): no link
        return None


def _resolved_by_urllib(href: str, base: str | None) -> str | None:
    """``href`` (stripped, not an anchor or another scheme's link) joined to ``base``; None when that is
    not an http(s) address."""
    url = urljoin(base, href) if base else href
    scheme = urlsplit(url).scheme
    if scheme and scheme not in ("http", "https"):
        return None
    return url


_NETLOC = re.compile(r"[^/?#]*")
# What urljoin does more than put a path after a host: dot segments, doubled slashes, a query, a fragment,
# ";params", and the tab and line breaks it deletes.
_PATH_WORK = re.compile(r"[?#;\[\]\t\r\n]|//|/\.")


def _plainly_resolved(href: str, base: str | None) -> str | None:
    """``_resolved_by_urllib``'s answer without urllib, for the two forms most links take, or None to ask it:
    an http(s) address given whole (kept as written), and a path from the root of a site whose base is the
    site's origin (``_origin``: "https://host/"). Only where urllib would give the same string and raise
    nothing: a host in plain ASCII without brackets, a path without anything urljoin rewrites."""
    if base is None:
        if href.startswith(("http://", "https://")):
            netloc = _NETLOC.match(href, href.index("//") + 2)   # always matches, if only the empty string
            host = netloc.group() if netloc else ""
            if host.isascii() and "[" not in host and "]" not in host:
                return href
        return None
    if href[0] == "/" and base.endswith("/") and base.startswith(("http://", "https://")) \
            and base.count("/") == 3 and not _PATH_WORK.search(href):
        host = base[base.index("//") + 2:-1]
        if host and host.isascii() and "[" not in host and "]" not in host:
            return base[:-1] + href
    return None


@lru_cache(maxsize=8192)
def says(pattern: re.Pattern, name: str) -> bool:
    """Does ``pattern`` occur in ``name`` (a class, an id)? Cached: a page's thousands of elements share a
    few dozen class names, and each pattern of words is a long case-blind alternation."""
    return pattern.search(name) is not None


def class_id(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()
