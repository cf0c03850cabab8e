"""Short blocks of a body's element told by what they are made of, whatever their words say: a row of
topic links under a label, a byline linking its writers' pages, a read-also line (a few words set apart
and one story link), the few words heading story links. The block reader (``body``) asks them of every
block; the page's own wording never enters.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from ..hosts import within
from ..text.arabic import clean
from ..text.credits import source_line
from ..text.marks import CLOSE, COLON, SEP, TATWEEL, WORD, tokens
from .measure import Measures
from .related import items_of
from .thresholds import (
    MAX_BYLINE_LINE_CHARS,
    MAX_BYLINE_LINKS,
    MAX_LEAD_IN_WORDS,
    MAX_LINK_BLOCK_CHARS,
    MAX_RULE_CHARS,
    MAX_TOPIC_LABEL_WORDS,
    MAX_TOPIC_WORDS,
    MIN_ITEM_WORDS,
    MIN_RULE_MARKS,
    MIN_TOPIC_LINKS,
)

_WORD = re.compile(r"[^\W_]+")


def list_heading(text: str) -> bool:
    """A few words of their own right before story links: their heading, not a paragraph (nor a credit:
    "(أ ف ب)", "وكالات")."""
    return few_words(text, MAX_LEAD_IN_WORDS, pointing=True) and source_line(text) is None


def is_rule(text: str) -> bool:
    """A line drawn with one mark, or two, repeated ("__________", "* * *", "ـــــــ", "-=-=-="): no word, no
    digit, at least ``MIN_RULE_MARKS`` marks; or a stretch alone, which ``clean`` writes as one tatweel."""
    if len(text) > MAX_RULE_CHARS or text[:1].isalnum() and text[:1] != TATWEEL:
        return False                     # (most lines open with a letter: told before they are copied)
    marks = "".join(text.split())
    return marks == TATWEEL or len(marks) >= MIN_RULE_MARKS and len(set(marks)) <= 2 \
        and not any(c.isalnum() and c != TATWEEL for c in marks)


def few_words(text: str, most: int, *, pointing: bool = False) -> bool:
    """A line of at most ``most`` words, no number and no mark (``pointing``: marks after the words only,
    "… :", "… ←", "… »"): a label or a heading, never a paragraph."""
    if len(text.split()) > most or any(c.isdigit() for c in text):
        return False
    toks = tokens(text)
    while pointing and toks and toks[-1].kind in (SEP, COLON, CLOSE):
        toks.pop()
    return bool(toks) and all(t.kind == WORD for t in toks)


def lead_in_link(el: etree._Element, m: Measures) -> list[dict] | None:
    """The item of a line made of a short lead-in set apart (by a mark, or in an element of its own) and
    one story link closing it ("<b>…</b> <a>headline</a>", "… ← <a>headline</a>"): a read-also line,
    whatever its lead-in says. A sentence ending on a link has more words, or nothing setting them apart."""
    if m.length(el) > MAX_LINK_BLOCK_CHARS:
        return None
    anchors = list(el.iter("a"))
    if len(anchors) != 1:
        return None
    a = anchors[0]
    link, raw = m.raw(a).strip(), m.raw(el)
    at = raw.rfind(link) if link else -1
    if at <= 0 or _WORD.search(raw[at + len(link):]):
        return None
    own_element = any(c is not a and isinstance(c.tag, str) and c.tag != "br" and m.raw(c).strip()
                      and a not in c.iter("a") for c in el)
    return items_of(el, m) or None if _lead_in(raw[:at], link, own_element) else None


def lead_in_line(lead: str, a: etree._Element, m: Measures) -> list[dict] | None:
    """``lead_in_link`` for a line of ``<br>``-broken text: ``lead`` is the text since the line began, ``a`` the
    link that closes the line."""
    if a.tail and not a.tail.isspace() and not _LINE_ENDS.match(a.tail) \
            or (after := a.getnext()) is not None and after.tag != "br":
        return None              # (the line ends at a <br>, or at a blank line in a text kept whole)
    return items_of(a, m) or None if _lead_in(lead, m.raw(a).strip(), False) else None


def _lead_in(lead: str, link: str, own_element: bool) -> bool:
    """Are ``lead`` and ``link`` a lead-in and its story link: a few words set apart by a mark or an element of
    their own, a title of a few words?"""
    return 1 <= len(_WORD.findall(lead)) <= MAX_LEAD_IN_WORDS and len(_WORD.findall(link)) >= MIN_ITEM_WORDS \
        and (own_element or bool(_MARK_CLOSING.search(lead)))


_LINE_ENDS = re.compile(r"[^\S\n]*\n[^\S\n]*\n")     # a blank line right after the link
_MARK_CLOSING = re.compile(r"[^\w\s]\s*$")     # a lead-in that ends on a mark: "… :", "… ←", "… -"
_TEXT_OUTSIDE_LINKS = etree.XPath("descendant-or-self::text()[not(ancestor::a)]")


def topic_row(el: etree._Element, m: Measures) -> bool:
    """A row of topic links under a short label ("وسوم: أ، ب، ج"), told by what it is made of whatever
    the label says: two or more links of a few words each, little text besides them, every link to the
    page's own site (a source line links its agencies elsewhere; prose has more words than links)."""
    if m.length(el) > MAX_LINK_BLOCK_CHARS:
        return False
    anchors = list(el.iter("a"))
    if len(anchors) < MIN_TOPIC_LINKS:
        return False
    for a in anchors:
        words = len(_WORD.findall(m.raw(a)))
        if not words or words > MAX_TOPIC_WORDS or not own_site(a.get("href"), m.base or m.page_url):
            return False
    # The words outside the links, counted apart: the row's text glues links set in list items ("ثقافةصحة").
    return sum(len(_WORD.findall(t)) for t in _TEXT_OUTSIDE_LINKS(el)) <= MAX_TOPIC_LABEL_WORDS


# A writer's page on the site, as CMSs address it: /author/…, /writers/…, /Editors/…, ?author=12
_WRITER_PATH = re.compile(r"/(?:authors?|writers?|editors?|columnists?|kottab|byline)(?:/|$|[?#])|[?&]author=", re.I)


def writer_line(el: etree._Element, m: Measures) -> list[str] | None:
    """The writers a short line names by links to their pages, with a few words besides (its label,
    whatever it says: "بقلم الكاتب:", "إعداد الزميلة"): a byline, not a paragraph."""
    if m.length(el) > MAX_BYLINE_LINE_CHARS:
        return None
    anchors = list(el.iter("a"))
    if not anchors or len(anchors) > MAX_BYLINE_LINKS \
            or not all(_WRITER_PATH.search(a.get("href") or "") for a in anchors) \
            or sum(len(_WORD.findall(t)) for t in _TEXT_OUTSIDE_LINKS(el)) > MAX_TOPIC_LABEL_WORDS:
        return None
    return [name for a in anchors if (name := clean(m.raw(a)))] or None


def own_site(href: str | None, base: str | None) -> bool:
    """Does a link's address lead to the page's own site (written relative, or on the page's host)?"""
    if not href:
        return False
    try:
        host = urlsplit(href.strip()).hostname
        return not host or base is not None and within(host, ((urlsplit(base).hostname or "").removeprefix("www."),))
    except ValueError:           # "http://[x": no address at all
        return False
