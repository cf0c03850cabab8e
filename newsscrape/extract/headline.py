"""Title and subtitle: the headline as displayed (the h1), the dek shown between it and the body."""

from __future__ import annotations

import re

from lxml import etree

from ..text.arabic import clean, fold
from ..text.cues import BYLINE
from ..text.dates import parse_text_date
from .metadata import Meta
from .tree import text_of

_SITE_SUFFIX = re.compile(r"\s*[|\-–—:»]\s*[^|\-–—:»]{2,40}$")
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
        text = text_of(el)
        if not text or len(text) > 300:
            continue
        score = _overlap(text, reference) if reference else 0.5
        if len(text.split()) < 3:
            score -= 0.5
        if meta.site_name and fold(text) == fold(meta.site_name):
            continue
        if (score, len(text)) > (best[0], best[1]):
            best = (score, len(text), text, el)
    if best[3] is not None and (best[0] >= 0.2 or not reference):
        return best[2], best[3]
    for candidate in (meta.headline, meta.og_title, meta.html_title):
        if candidate and clean(candidate):
            text = clean(candidate)
            if candidate is meta.html_title and meta.site_name and meta.site_name in text:
                text = _SITE_SUFFIX.sub("", text) or text
            return text, None
    return "", None


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
        if el.tag in ("h1", "a", "img") or not _SUBTITLE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        text = text_of(el)
        if 15 <= len(text) <= 600 and fold(text) != folded_title:
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
        if 6 <= words <= 80 and fold(text) != folded_title and el.find(".//a") is None \
                and not BYLINE.match(text) and not parse_text_date(text, allow_dateparser=False):
            return text
        if words:
            return None
    return None
