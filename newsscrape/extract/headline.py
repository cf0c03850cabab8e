"""Title and subtitle: the headline as displayed (the h1), the dek shown between it and the body."""

from __future__ import annotations

import re
from copy import deepcopy

from lxml import etree

from ..text.arabic import clean, clean_within, fold
from ..text.cues import BYLINE
from ..text.dates import parse_text_date
from .metadata import Meta
from .thresholds import (
    MAX_FURNITURE_WORDS,
    MAX_HEADLINE_CHARS,
    MAX_HEADLINE_CHILDREN,
    MAX_SITE_TITLE_WORDS,
    MAX_SUBTITLE_CHARS,
    MAX_SUBTITLE_WORDS,
    MIN_H1_WORDS,
    MIN_HEADLINE_WORDS,
    MIN_SUBTITLE_CHARS,
    MIN_SUBTITLE_WORDS,
    MIN_TITLE_OVERLAP,
)
from .tree import says, text_content, text_of, touches_link

_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead|standfirst|dek\b|lead|summary|excerpt|intro|brief|short-?desc|"
                             r"strapline|kicker-text|article-desc", re.I)


def _overlap(a: str, b: str) -> float:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def find_title(root: etree._Element, meta: Meta, selector_hits: list[etree._Element] | None = None
               ) -> tuple[str, etree._Element | None]:
    """(title, its element). The h1 that best matches the metadata title; metadata when no h1 fits."""
    if selector_hits:
        for el in selector_hits:
            text = text_of(el)
            if text:
                return text, el
    reference = meta.headline or meta.og_title or meta.html_title or ""
    best: tuple[float, int, str, etree._Element | None] = (0.0, 0, "", None)
    for el in root.iter("h1"):
        text = _text_with_breaks(el)
        if not text or len(text) > MAX_HEADLINE_CHARS:
            continue
        score = _overlap(text, reference) if reference else 0.5
        if len(text.split()) < MIN_H1_WORDS:
            score -= 0.5
        if meta.site_name and fold(text) == fold(meta.site_name):
            continue
        if (score, len(text)) > (best[0], best[1]):
            best = (score, len(text), text, el)
    if best[3] is not None and (best[0] >= MIN_TITLE_OVERLAP or not reference
                                or _names_a_site(reference, best[2], best[3])):
        return best[2], best[3]
    if (shown := _headline_in_title(root, meta)) is not None:
        return shown
    for candidate in (meta.headline, meta.og_title, meta.html_title):
        if candidate and clean(candidate):
            text = clean(candidate)
            if candidate is not meta.headline:
                text = headline_of(text, [n for n in (meta.site_name, meta.publisher) if n])
            return text, None
    return _first_headline(root)


def _names_a_site(reference: str, text: str, h1: etree._Element) -> bool:
    """Is the metadata title a site's name, not a headline ("جريدة الرياض": a page whose <title> never changes),
    and the <h1> a headline's words outside any link? Then the <h1> is the headline though they share nothing."""
    return len(fold(reference).split()) <= MAX_SITE_TITLE_WORDS and len(text.split()) >= MIN_HEADLINE_WORDS \
        and not touches_link(h1)


def _first_headline(root: etree._Element) -> tuple[str, etree._Element | None]:
    """A page that names itself nowhere (no <title>, no metadata, no <h1> text): its first heading of a
    headline's words outside links (a linked heading is another story's teaser)."""
    for el in root.iter("h2", "h3"):
        if touches_link(el):
            continue
        text = text_of(el)
        if MIN_HEADLINE_WORDS <= len(text.split()) and len(text) <= MAX_HEADLINE_CHARS:
            return text, el
    return "", None


_TITLE_PARTS = re.compile(r"\s+[|\-–—:»«·•/]\s+|\s*[|｜•·]\s*")


def headline_of(title: str, site_names: list[str]) -> str:
    """The headline of a <title> or og:title that also names the site and its section, in front or
    behind ("اليوم الإخباري | سياسة | الحكومة تعلن …"): the parts that are the page's own name go, and
    of the rest the one long part stays when every other part is short."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    own = {fold(n) for n in site_names}
    parts = [p for p in parts if fold(p) not in own] or parts
    longest = max(parts, key=len)
    if all(len(p.split()) <= MAX_FURNITURE_WORDS for p in parts if p is not longest):
        return longest
    return title


def _headline_in_title(root: etree._Element, meta: Meta) -> tuple[str, etree._Element] | None:
    """A page without an <h1> (Blogger's h3, a table portal's bold cell): the first heading or bold line
    whose whole text the <title> or og:title holds, four words or more."""
    refs = [fold(r) for r in (meta.og_title, meta.html_title, meta.headline) if r]
    if not refs:
        return None
    for el in root.iter("h2", "h3", "h4", "b", "strong", "font", "td", "div", "span"):
        if len(el) > MAX_HEADLINE_CHILDREN:
            continue
        # Told long before it is cleaned whole or copied (a front page has thousands of boxes); a space
        # for each line break never makes a text shorter. Without a break, that text is the headline's.
        if (text := clean_within(text_content(el), MAX_HEADLINE_CHARS)) is None:
            continue
        if el.find(".//br") is not None:
            text = _text_with_breaks(el)
        if len(text.split()) < MIN_HEADLINE_WORDS or len(text) > MAX_HEADLINE_CHARS:
            continue
        key = fold(text)
        if any(key in r for r in refs):
            return text, el
    return None


def _text_with_breaks(el: etree._Element) -> str:
    """An element's text with a line break read as a space (a headline set on two lines)."""
    if el.find(".//br") is None:
        return text_of(el)
    copy = deepcopy(el)
    copy.tail = None
    for br in copy.iter("br"):
        br.tail = " " + (br.tail or "")
    return text_of(copy)


def find_subtitle(root: etree._Element, title_el: etree._Element | None, order: dict, title: str,
                  body_start: int) -> str | None:
    """A dek near the headline, before the body, marked as such by its class."""
    if title_el is None:
        return None
    title_pos = order.get(title_el, 0)
    folded_title = fold(title)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        pos = order.get(el, -1)
        if body_start and pos >= body_start:
            break
        if pos < title_pos - 8:
            continue
        if el.tag in ("h1", "a", "img") or not says(_SUBTITLE_CLASS, f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        text = text_of(el)
        if MIN_SUBTITLE_CHARS <= len(text) <= MAX_SUBTITLE_CHARS and fold(text) != folded_title:
            return text
    return _dek_in_header(title_el, folded_title)


def _dek_in_header(title_el: etree._Element, folded_title: str) -> str | None:
    """Without a class to say so: a sentence that follows the <h1> inside its own <header>/<hgroup>
    (the headline's area, before the body) is the dek."""
    if not any(a.tag in ("header", "hgroup") for a in title_el.iterancestors()):
        return None
    for el in title_el.itersiblings():
        if not isinstance(el.tag, str) or el.tag not in ("p", "h2", "h3", "div", "span"):
            continue
        text = text_of(el)
        words = len(text.split())
        if MIN_SUBTITLE_WORDS <= words <= MAX_SUBTITLE_WORDS and fold(text) != folded_title \
                and el.find(".//a") is None and not BYLINE.match(text) \
                and not parse_text_date(text, allow_dateparser=False):
            return text
        if words:
            return None
    return None
