"""The text of any page, for ``newsscrape extract --force`` when it holds no article.

A homepage or a section page has no body to find: what a reader sees there is a list of headlines
and teasers. This reads the visible text blocks of the page (headings, paragraphs, list items, table
cells, captions) in reading order, after the page furniture (scripts, navigation, headers, footers,
hidden elements) is stripped, each block once.
"""

from __future__ import annotations

from lxml import etree

from ..record import Article
from ..text.arabic import clean
from .decode import decode
from .headline import find_title
from .metadata import read_metadata
from .tree import drop, is_hidden, parse, strip_noise, text_of

_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption",
           "pre", "address"}
_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "noscript", "svg")


def page_text(html: bytes | str, url: str | None, *, content_type: str | None = None) -> Article:
    """An Article of the page's visible text blocks (extractor ``page-text``)."""
    text, _, _ = decode(html, content_type)
    root = parse(text)
    meta = read_metadata(root)
    strip_noise(root)
    for el in [e for e in root.iter() if isinstance(e.tag, str) and (e.tag in _FURNITURE or is_hidden(e))]:
        if el.getparent() is not None:
            drop(el)
    title, _ = find_title(root, meta, None)
    seen: set[str] = set()
    paragraphs = []
    for el in root.iter(etree.Element):
        if el.tag not in _BLOCKS or any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue                              # a block inside a block is read with it
        line = clean(text_of(el))
        if line and line not in seen and line != clean(title):
            seen.add(line)
            paragraphs.append(line)
    return Article(url=url, title=clean(title) or (paragraphs[0] if paragraphs else url or "untitled"),
                   paragraphs=tuple(paragraphs), extractor="page-text", lang=root.get("lang") or None)
