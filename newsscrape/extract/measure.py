"""The text measures of one page's elements, each computed once: the table every step of extraction reads.

Extraction asks the same questions of the same elements many times over: a cue heading's climb measures
each ancestor's text and link text, the source search cleans every short element of the article's region,
each related list resolves its anchors, and the body reader measures its blocks again. ``Measures`` answers
each question once per element and remembers it while the tree stays as it is. A step that moves text
between elements (wrapping a cue and its links, dropping a block) calls ``changed()``; the answers it
then gives are those the tree gives now, so a record is the same as without the table, only cheaper.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..text.arabic import clean, fold, visible_length_above
from ..text.cues import is_neighbour_label
from .thresholds import MAX_NEIGHBOUR_LABEL_CHARS
from .tree import href_of, text_content


class Measures:
    """One page's table: an element's cleaned text, its length with whitespace collapsed, the length of
    its links' text, and each anchor's absolute address. Keys are the elements themselves, so the table
    keeps their proxies (and thus their identities) alive for as long as the page is read."""

    __slots__ = ("base", "page_url", "_raw", "_text", "_len", "_links", "_href", "_headline", "_caption", "_item")

    def __init__(self, base: str | None, page_url: str | None):
        self.base, self.page_url = base, page_url
        self._raw: dict[etree._Element, str] = {}
        self._text: dict[etree._Element, str] = {}
        self._len: dict[etree._Element, int] = {}
        self._links: dict[etree._Element, int] = {}
        self._href: dict[etree._Element, str | None] = {}
        self._headline: dict[etree._Element, str] = {}
        self._caption: dict[etree._Element, bool] = {}
        self._item: dict[etree._Element, tuple[str, str] | None] = {}

    def changed(self) -> None:
        """The tree's text moved: forget what was measured (addresses stay: they hang on attributes)."""
        self._raw.clear()
        self._text.clear()
        self._len.clear()
        self._links.clear()
        self._headline.clear()
        self._caption.clear()
        self._item.clear()

    def in_caption(self, el: etree._Element) -> bool:
        """Is ``el`` a figure, figcaption or picture, or inside one? An element's answer is its parent's
        unless it is one itself: the climb stops at the first element already answered."""
        known = self._caption
        path: list[etree._Element] = []
        node, answer = el, False
        while node is not None:
            if (seen := known.get(node)) is not None:
                answer = seen
                break
            path.append(node)
            if node.tag in _CAPTION:
                answer = True
                break
            node = node.getparent()
        for node in path:
            known[node] = answer
        return answer

    def raw(self, el: etree._Element) -> str:
        """All the text of ``el`` as the tree holds it (``tree.text_content``)."""
        try:
            return self._raw[el]
        except KeyError:
            value = self._raw[el] = text_content(el)
            return value

    def text(self, el: etree._Element) -> str:
        """``tree.text_of``: the cleaned text."""
        try:
            return self._text[el]
        except KeyError:
            value = self._text[el] = clean(self.raw(el))
            return value

    def longer_than(self, el: etree._Element, limit: int) -> bool:
        """Is the cleaned text of ``el`` longer than ``limit``? Told from its raw text without cleaning
        it when that is plain (``visible_length_above``): a long box is not cleaned to be turned away."""
        text = self._text.get(el)
        return len(text) > limit if text is not None else visible_length_above(self.raw(el), limit)

    def length(self, el: etree._Element) -> int:
        """``tree.text_len``: the text's length with whitespace runs collapsed."""
        try:
            return self._len[el]
        except KeyError:
            value = self._len[el] = len(" ".join(self.raw(el).split()))
            return value

    def link_length(self, el: etree._Element) -> int:
        """``tree.link_text_len``: the length of the text inside ``el``'s links."""
        try:
            return self._links[el]
        except KeyError:
            value = self._links[el] = sum(self.length(a) for a in el.iter("a"))
            return value

    def href(self, a: etree._Element) -> str | None:
        """``tree.href_of`` against the page's base."""
        try:
            return self._href[a]
        except KeyError:
            value = self._href[a] = href_of(a, self.base)
            return value

    def item(self, a: etree._Element, article_link: Callable[[str, str | None], bool]) -> tuple[str, str] | None:
        """(address, headline) of an anchor when ``article_link(address, page_url)`` takes it, else None:
        what a related list makes of it, asked again at every level of a heading's climb."""
        try:
            return self._item[a]
        except KeyError:
            url = self.href(a)
            value = None
            if url and article_link(url, self.page_url) and not _neighbour_or_paid(a):
                headline = self.headline(a)
                if not is_neighbour_label(headline):
                    value = (url, headline)
            self._item[a] = value
            return value

    def headline(self, a: etree._Element) -> str:
        """``link_headline``: the headline an anchor shows."""
        try:
            return self._headline[a]
        except KeyError:
            value = self._headline[a] = link_headline(a)
            return value


def _card_title(holder: etree._Element) -> str | None:
    """The title of a card that is all one link (a bookmark card), from ``holder``, the one element holding
    the link's text: a first block of a headline's words followed by a longer one closed as a sentence (its
    description); None when the link is no such card."""
    blocks = [clean(text_content(c)) for c in holder if isinstance(c.tag, str)]
    blocks = [b for b in blocks if b]
    if len(blocks) < 2 or len(blocks[0].split()) < 3 or len(blocks[1]) <= len(blocks[0]) \
            or not blocks[1].endswith((".", "!", "؟", "?", "…")):
        return None
    return blocks[0]


# What a link's rel says that makes it no story of a list: the previous or next post in the site's order, an
# advertiser's link.
_NOT_STORY_RELS = frozenset(("prev", "next", "sponsored"))


def _neighbour_or_paid(a: etree._Element) -> bool:
    """Is ``a`` a link to the previous or next post, or a paid one: by its rel, or by a label of its own just
    before it ("<span>الخبر السابق</span><a>…</a>")?"""
    rel = a.get("rel")
    if rel and not _NOT_STORY_RELS.isdisjoint(rel.lower().split()):
        return True
    prev = a.getprevious()
    if prev is None:
        parent = a.getparent()
        before = parent.text or "" if parent is not None else ""
    elif len(prev) > 1:
        return False             # a label is a word or two in an element of its own, not a box
    else:
        before = text_content(prev) + (prev.tail or "")
    return len(before) <= MAX_NEIGHBOUR_LABEL_CHARS and is_neighbour_label(before.strip())

_CAPTION = ("figure", "figcaption", "picture")
_TRUNCATED = ("...", "…", "..")


def link_headline(a: etree._Element) -> str:
    """The headline a link shows: without a section or date label in an element of its own beside it
    ("<span>رياضة</span><h3>…</h3>"), and whole from the ``title`` attribute when the visible text is
    cut with an ellipsis."""
    title = clean(text_content(a))
    kids = [(c, clean(text_content(c))) for c in a if isinstance(c.tag, str)]
    parts = [p for _, p in kids if p]
    if len(parts) >= 2:
        longest = max(parts, key=len)
        if len(longest.split()) >= 3 and all(len(p.split()) <= 3 for p in parts if p is not longest):
            title = longest
    elif parts and len(holder := next(c for c, p in kids if p)) >= 2 and (card := _card_title(holder)) is not None:
        title = card
    whole = clean(a.get("title"))
    if whole and title.endswith(_TRUNCATED):
        cut = title.rstrip(".… ").strip()
        if len(whole) > len(cut) and fold(whole).startswith(fold(cut)[: max(10, len(cut) - 3)]):
            title = whole
    return title or whole
