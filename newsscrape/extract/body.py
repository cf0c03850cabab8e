"""The article body: choose the container, then read it as ordered text blocks.

Container choice scores every paragraph-like text holder (a <p>, or a <div>/<td>/<span> whose own
text is long, as in pages that separate paragraphs with <br>) and credits its parent and, at half
weight, its grandparent; class names and link density then adjust the score. The winner is read in
document order: block elements and <br> end a paragraph; captions, share bars, ads, tag lists, bylines
and other furniture are skipped by tag and class, and a row of topic links under a short label by its
composition; a small block made only of a link to another article is an inline read-also item, not
body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from ..text.arabic import clean
from ..text.cues import READ_ALSO, is_boilerplate
from .furniture import lead_in_line, lead_in_link, list_heading, topic_row, writer_line
from .measure import Measures
from .related import RelatedBlock, card_items, heading_kind, is_excerpt, items_of, link_card, link_list_items
from .thresholds import (
    CONTAINER_CANDIDATES,
    LEDE_BOX_SHARE,
    LINK_BLOCK_SHARE,
    MAX_LINK_BLOCK_CHARS,
    MAX_SOFT_SKIP_CHARS,
    MAX_SPLIT_GAP_WORDS,
    MIN_ITEM_WORDS,
    MIN_LINK_BLOCK_WORDS,
    MIN_OWN_TEXT_CHARS,
    MIN_PARAGRAPH_CHARS,
    MIN_PROSE_PARAGRAPHS,
    SPLIT_PART_SHARE,
)
from .tree import BLOCK_TAGS, HEADING_TAGS, class_id, is_hidden

_FORM_BOXES = frozenset({"div", "section"})   # boxes that hold a form beside its heading and question
_SKIP_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "header", "form", "img", "picture",
                        "video", "audio", "map", "h1", "label", "fieldset", "dialog"})
_SKIP_CLASS = re.compile(
    r"share|social|advert|gpt-ad|adsbygoogle|adslot|ad-slot|ad_slot|comment|newsletter|caption|breadcrumb|"
    r"sponsor|promo|subscribe|tag-list|post-meta|byline|writeby|outbrain|taboola|signup|banner|disqus|img-cap|"
    r"timestamp|pagination|pager|rating|toolbar|time-?to-?read|read-?time|entry-meta|article-meta|post-info|"
    r"speakol",
    re.I)
# Words that mark furniture too, but also turn up on wrappers of real text ("print-area", "author-content"):
# these skip an element only while it is short.
_SOFT_SKIP_CLASS = re.compile(r"tags|author|writer|print|widget|credit|gallery|player|metadata|poll", re.I)
_SKIP_TOKEN = frozenset({"ad", "ads", "meta", "date", "source", "tools", "hidden", "d-none", "hide"})
_POSITIVE = re.compile(r"article|body|content|entry|main|story|text|post|news-?details?|detail|desc", re.I)
_NEGATIVE = re.compile(r"comment|sidebar|side-bar|footer|related|widget|share|menu|nav|banner|promo|"
                       r"most-?read|popular|ticker|header|aside|social|breaking", re.I)
_HOLDER_TAGS = ("div", "td", "section", "article", "span", "font", "main")
# Elements a list of story links comes in, inside the body or beside it.
_LIST_HOLDERS = frozenset({"ul", "ol", "div", "section", "aside", "nav", "table", "tbody", "td", "dl"})
# ... and a footer or a form the walk skips whole may still hold one ("<footer><ul><li><a>…")
_SKIPPED_LIST_HOLDERS = _LIST_HOLDERS | {"footer", "form", "figure"}
_PARA_TAGS = ("p", "pre", "blockquote")


@dataclass
class Block:
    text: str
    position: int
    heading: bool = False
    byline: bool = False      # a writer's name a byline gives by a link to the writer's page
    credit: str | None = None  # the source a label and its value in two elements name (``labelled_apart``)


def _para_score(text: str) -> float:
    return 1 + text.count("،") + text.count(",") + min(len(text) / 100, 3)


INLINE_TEXT = frozenset({"a", "b", "strong", "em", "i", "u", "font", "small", "mark", "q", "cite", "abbr"})


def _own_text(el: etree._Element, m: Measures, at_least: int = 0) -> str:
    """The text an element holds itself: its text, inline children's text, and every child's tail
    ("" when it is shorter than ``at_least`` before cleaning, which only shortens it). An inline child's
    text is the table's (``m.raw``): a menu's links are measured again by the link share of a candidate."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in INLINE_TEXT:
            parts.append(m.raw(child))
        parts.append(child.tail or "")
    raw = " ".join(parts)
    return clean(raw) if len(raw) >= at_least else ""


def choose_container(root: etree._Element, m: Measures, owners: set | None = None) -> etree._Element | None:
    """The element that holds the article's text. ``owners`` (elements holding text themselves, a
    superset of those with any own text) spares reading the own text of every other div and span."""
    scores: dict[etree._Element, float] = {}

    def credit(el: etree._Element | None, value: float) -> None:
        if el is not None and el.tag not in ("html",):
            scores[el] = scores.get(el, 0.0) + value

    teasers, teaser_blocks = _teasers(root, m)

    excerpts: list[tuple[etree._Element, str]] = []
    for el in root.iter(*_PARA_TAGS):
        text = m.text(el)
        if len(text) < MIN_PARAGRAPH_CHARS or el in teaser_blocks:   # a story link set as a paragraph
            continue
        if is_excerpt(el, m):              # a teaser's excerpt beside its link: counted only if nothing else is
            excerpts.append((el, text))
            continue
        _credit_paragraph(el, text, credit)
    for el in root.iter(*_HOLDER_TAGS):
        if owners is not None and el not in owners:
            continue
        text = _own_text(el, m, at_least=MIN_OWN_TEXT_CHARS)
        if len(text) < MIN_OWN_TEXT_CHARS:
            continue
        s = _para_score(text)
        credit(el, s)
        credit(el.getparent(), s / 2)
    if not scores:
        for el, text in excerpts:          # a page of teasers alone: its excerpts are all the text it has
            _credit_paragraph(el, text, credit)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:CONTAINER_CANDIDATES]
    best, best_score = None, 0.0
    weighed: dict[etree._Element, float] = {}
    for el, score in ranked:
        if el.tag == "body":
            score *= 0.5
        cid = class_id(el)
        if cid:
            if _POSITIVE.search(cid):
                score *= 1.25
            if _NEGATIVE.search(cid):
                score *= 0.5
        size, links = teasers.get(el, (0, 0))
        total = m.length(el) - size or 1
        score *= 1 - min((m.link_length(el) - links) / total, 1.0)
        weighed[el] = score
        if score > best_score:
            best, best_score = el, score
    if best is not None and (parent := best.getparent()) is not None \
            and weighed.get(parent, 0.0) >= LEDE_BOX_SHARE * best_score and (own := _paragraphs_in(best, m)) <= 1 \
            and _paragraphs_in(parent, m) - own >= MIN_PROSE_PARAGRAPHS:
        best = parent      # a lede boxed apart beside the body's other paragraphs: the box holding all is the body's
    return _whole_body(best, scores, m) if best is not None else None


def _paragraphs_in(box: etree._Element, m: Measures) -> int:
    """The paragraphs ``box`` holds that are long enough to count for a container."""
    return sum(len(m.text(p)) >= MIN_PARAGRAPH_CHARS for p in box.iter(*_PARA_TAGS))


def _credit_paragraph(el: etree._Element, text: str, credit) -> None:
    """A paragraph's score to its box, and half of it to the box's parent."""
    parent = el.getparent()
    s = _para_score(text)
    credit(parent, s)
    credit(parent.getparent() if parent is not None else None, s / 2)


# What a half of a body split around an ad may hold besides paragraphs (and their inline text).
_PART_CHILDREN = frozenset({"p", "br", "img", "figure", "picture", *HEADING_TAGS}) | INLINE_TEXT


def _whole_body(best: etree._Element, scores: dict, m: Measures) -> etree._Element:
    """The body's box, or its parent when the body is split into boxes of one kind (tag and class) around
    an ad, an image or an empty box: siblings made of paragraphs alone, each scored at least a share of
    the best, with nothing between them that holds more than a few words or a link."""
    if best.tag not in _HOLDER_TAGS:
        return best
    node = best            # the box, or the wrappers it alone fills ("paragraph" boxes of a CMS around it)
    while (parent := node.getparent()) is not None and (parent.tag in _HOLDER_TAGS or parent.tag in _ROWS) \
            and only_child(parent) is node and not (parent.text or "").strip():
        node = parent
    parent = node.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return best                                      # the whole page is no body's box
    kind = (node.tag, node.get("class"))
    floor = SPLIT_PART_SHARE * _part_score(node, scores)
    parts = [c for c in parent if (c.tag, c.get("class")) == kind and _part_score(c, scores) >= floor
             and all(g.tag in _PART_CHILDREN for g in _filled(c) if isinstance(g.tag, str))]
    if len(parts) < 2 or node not in parts:
        return best
    first, last = parent.index(parts[0]), parent.index(parts[-1])
    for c in parent[first:last + 1]:
        if c in parts or not isinstance(c.tag, str):
            continue
        words, linked = _beside_figures(c)
        if (words > MAX_SPLIT_GAP_WORDS or linked) and not _is_link_block(c, m):
            return best          # (a story's card between two parts is the reader's, as it is in one box)
    return parent


_FIGURES = frozenset({"figure", "picture"})


def _beside_figures(box: etree._Element) -> tuple[int, bool]:
    """The words a box between two parts of a split body holds outside its figures (a caption is the
    picture's), and whether it holds a link there (one around a picture alone links no story)."""
    if box.tag in _FIGURES:
        return 0, False
    words = len((box.text or "").split())
    linked = box.tag == "a"
    for child in box:
        if isinstance(child.tag, str):
            w, a = _beside_figures(child)
            words, linked = words + w, linked or a
        words += len((child.tail or "").split())
    return words, linked


_ROWS = ("tr", "tbody")    # a table's row (and body) a cell fills alone: one paragraph a row


def only_child(el: etree._Element, m: Measures | None = None) -> etree._Element | None:
    """``el``'s one element child, if it has one and no other (with ``m``, none other that holds any text: a
    box a related block was taken out of stays behind empty)."""
    children = [c for c in el if isinstance(c.tag, str) and (m is None or m.text(c))]
    return children[0] if len(children) == 1 else None


def _filled(box: etree._Element) -> etree._Element:
    """The innermost box a chain of wrappers with one child each and no text of their own comes down to."""
    while (child := only_child(box)) is not None and child.tag in _HOLDER_TAGS and not (box.text or "").strip():
        box = child
    return box


def _part_score(box: etree._Element, scores: dict) -> float:
    """A part's score: that of the box its wrappers come down to."""
    return scores.get(_filled(box), 0.0)


def _teasers(root: etree._Element, m: Measures) -> tuple[dict[etree._Element, tuple[int, int]], set]:
    """The story teasers of the page (the smallest block around a link with a headline's words that is
    all that link: what the block reader takes out as read-also items), and below each element the length
    and link length they hold: neither prose for a container nor link text weighing against it."""
    below: dict[etree._Element, tuple[int, int]] = {}
    blocks: set[etree._Element] = set()
    looked: set[etree._Element] = set()
    for a in root.iter("a"):
        text = (a.text or "") if not len(a) else m.raw(a)     # a link's own words, read without the table
        if len(text.split()) < MIN_ITEM_WORDS:    # for a leaf: no related item, nothing the reader takes out
            continue
        block = a.getparent()
        while block is not None and block.tag not in BLOCK_TAGS:
            block = block.getparent()
        if block is None or block in looked:
            continue
        looked.add(block)
        if not _is_link_block(block, m):
            continue
        blocks.add(block)
        size, links = m.length(block), m.link_length(block)
        node = block.getparent()
        while node is not None:
            had = below.get(node, (0, 0))
            below[node] = (had[0] + size, had[1] + links)
            node = node.getparent()
    return below, blocks


def _marker(el: etree._Element) -> str:
    """What an element says about itself: class, id, ARIA labels, data-component."""
    return " ".join(v for v in (el.get("class"), el.get("id"), el.get("aria-labelledby"), el.get("aria-label"),
                                el.get("data-component"), el.get("data-testid")) if v)


# A link that shares the page (its words, "شارك على فيسبوك", are a button's, never the article's).
_SHARE_HREF = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/share)|(?:twitter|x)\.com/(?:intent|share)|wa\.me/|whatsapp\.com/send|"
    r"^whatsapp:|t\.me/share|telegram\.me/share|linkedin\.com/(?:shareArticle|sharing)|pinterest\.com/pin/create|"
    r"reddit\.com/submit|^mailto:\?|vk\.com/share|tumblr\.com/share", re.I)


def _skippable(el: etree._Element, m: Measures) -> bool:
    if el.tag in _SKIP_TAGS or is_hidden(el) or el.get("role") in ("complementary", "navigation", "banner"):
        return True
    if el.tag == "a" and _SHARE_HREF.search(el.get("href") or ""):
        return True
    if el.tag in _FORM_BOXES and el.find("form") is not None and m.length(el) <= MAX_SOFT_SKIP_CHARS:
        return True              # a poll's or a sign-up's box: its question and prompt are the form's
    cid = _marker(el)
    if not cid:
        return False
    hard, soft = _furniture_name(cid)
    return hard or soft and m.length(el) <= MAX_SOFT_SKIP_CHARS


@lru_cache(maxsize=8192)
def _furniture_name(cid: str) -> tuple[bool, bool]:
    """(always furniture, furniture while short) by what an element says about itself."""
    return bool(_SKIP_CLASS.search(cid)) or not _SKIP_TOKEN.isdisjoint(cid.lower().split()), \
        bool(_SOFT_SKIP_CLASS.search(cid))


def read_blocks(container: etree._Element, order: dict, m: Measures) -> tuple[list[Block], list[RelatedBlock]]:
    """Paragraphs of the container in reading order, and the inline link-only blocks found in it."""
    reader = _BlockReader(container, order, m)
    reader.visit(container, False)
    reader.flush()
    return reader.blocks, reader.inline


class _BlockReader:
    """The walk of ``read_blocks``. (An object, not nested functions: a recursive closure is a reference
    cycle, which kept every element of the page alive until the garbage collector's next pass.)"""

    def __init__(self, container: etree._Element, order: dict, m: Measures):
        self.container, self.order, self.m = container, order, m
        self.blocks: list[Block] = []
        self.inline: list[RelatedBlock] = []
        self.buf: list[str] = []
        self.pos = -1
        self.heading = False
        self.broken = False      # the line being read began at a <br>

    def add(self, text: str | None, el: etree._Element) -> None:
        if not text:
            return
        if "\n" in text and not text.isspace() and (parts := _BLANK_LINE.split(text))[1:]:
            # a text of words with blank lines in it: paragraphs as its writer typed them (a body kept as one
            # text, shown with "white-space: pre-line"), each line after a blank one read as after a <br>
            for n, part in enumerate(parts):
                if n:
                    self.flush()
                    self.broken = True
                self._add(part, el)
            return
        self._add(text, el)

    def _add(self, text: str, el: etree._Element) -> None:
        if self.pos < 0 and text.strip():
            self.pos = self.order.get(el, 0)
        self.buf.append(text)

    def flush(self) -> None:
        text = clean("".join(self.buf))
        if text:
            self.blocks.append(Block(text, self.pos, self.heading))
        self.buf.clear()
        self.pos = -1

    def visit(self, el: etree._Element, in_heading: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        items: list[dict] | None
        if el is not self.container and (not tag or _skippable(el, self.m)):
            if tag in _SKIPPED_LIST_HOLDERS and (items := link_list_items(el, self.m)) \
                    or tag == "figure" and (items := link_card(el, self.m)):
                self.inline.append(RelatedBlock(el, heading_kind(el, READ_ALSO, self.m), position=self.order.get(el, 0),
                                                items=items))
            self.add(el.tail, el)
            return
        if tag == "br":
            self.flush()
            self.broken = True
            self.add(el.tail, el)
            return
        if tag == "a" and self.buf and self.broken and (items := lead_in_line("".join(self.buf), el, self.m)):
            self.buf.clear()         # "طالعوا أيضاً: <a>…</a><br>": a read-also line among <br>-broken lines
            self.pos = -1
            self.inline.append(RelatedBlock(el, heading_kind(el, READ_ALSO, self.m), position=self.order.get(el, 0),
                                            items=items, inline=True))
            self.add(el.tail, el)
            return
        block = tag in BLOCK_TAGS
        if block and el is not self.container and (writers := writer_line(el, self.m)):
            self.flush()
            self.blocks += [Block(name, self.order.get(el, 0), byline=True) for name in writers]
            self.add(el.tail, el)
            return
        if block and el is not self.container and topic_row(el, self.m):
            self.add(el.tail, el)
            return
        if el is not self.container and (block and (
                _is_link_block(el, self.m) and not is_boilerplate(self.m.text(el))
                and (items := items_of(el, self.m))
                or tag in _LIST_HOLDERS and (items := link_list_items(el, self.m) or card_items(el, self.m)))
                or (block or tag != "a" and _a_line_of_its_own(el)) and (items := lead_in_link(el, self.m))):
            self.flush()
            if self.blocks and (not self.blocks[-1].heading or _boxed_with(el)) \
                    and list_heading(self.blocks[-1].text):
                self.blocks.pop()       # a few words of their own right before the links: their heading
            self.inline.append(RelatedBlock(el, heading_kind(el, READ_ALSO, self.m),
                                            position=self.order.get(el, 0), items=items))
            self.add(el.tail, el)
            return
        if block:
            self.flush()
            self.broken = False
            self.heading = tag in HEADING_TAGS or in_heading
        self.add(el.text, el)
        for child in el:
            self.visit(child, in_heading or tag in HEADING_TAGS)
        if block:
            self.flush()
            self.heading = in_heading
        if el is not self.container:
            self.add(el.tail, el)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def _a_line_of_its_own(el: etree._Element) -> bool:
    """An inline element that stands as a line between blocks: no text of a paragraph before or after it
    ("<small><b>…</b> <a>…</a></small>" between two <p>s), only blocks or other such lines beside it."""
    if el.tail and not el.tail.isspace():
        return False
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""
    return before.isspace() or not before


def _boxed_with(el: etree._Element) -> bool:
    """Is ``el`` the last of two elements in a box, the first a heading of no links? Then that heading is
    the list's (a subheading of the article is followed by its paragraphs, not boxed with one list)."""
    prev = el.getprevious()
    return prev is not None and el.getnext() is None and prev.getprevious() is None \
        and prev.tag in HEADING_TAGS and prev.find(".//a") is None


def _is_link_block(el: etree._Element, m: Measures) -> bool:
    """A small block whose text is (nearly) all one or more links: an embedded story teaser."""
    size = m.length(el)
    if not size or size > MAX_LINK_BLOCK_CHARS:
        return False
    if len(m.raw(el).split()) < MIN_LINK_BLOCK_WORDS:       # asked first: the cheaper, and most blocks fail it
        return False
    dates = sum(m.length(t) for t in el.iter("time"))
    return m.link_length(el) >= LINK_BLOCK_SHARE * (size - dates)
