"""Related-article blocks: found by the profile's selectors, by Arabic cue headings, by class names.

A block is found before the body is chosen and taken out of the tree, so none of its text can leak
into the body. Its kind is settled afterwards by position (see ``settle_kinds``): a read-also or
related block that stands between body paragraphs is ``read_also``; one after the article is
``similar``; site-wide lists (most read, latest news) are ``more`` wherever they stand.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from lxml import etree

from ..hosts import registrable
from ..text.arabic import clean, fold
from ..text.credits import closing_tag
from ..text.cues import MORE, OTHER, PICKS, READ_ALSO, SIMILAR, UNTIED, match_cue
from ..tracking import naming_query
from .measure import Measures
from .thresholds import (
    CLIMB_LEVELS,
    HALF_IN_LINKS,
    IN_LINK_SHARE,
    MAX_CUE_CHARS,
    MAX_EXCERPT_BOX_SHARE,
    MAX_EXCERPT_WORDS,
    MAX_HEADING_CHARS,
    MAX_HEADINGS,
    MAX_LABEL_SIBLINGS,
    MAX_LINK_SHARE_BESIDE_PROSE,
    MAX_LOOSE_WORDS,
    MAX_PROSE_LINK_SHARE,
    MAX_WORDS_BETWEEN_LINKS,
    MIN_CUE_LINE_WORDS,
    MIN_ITEM_WORDS,
    MIN_PROSE_PARAGRAPHS,
    MIN_PROSE_SENTENCE_WORDS,
    MIN_PROSE_WORDS,
    MIN_RUN_ITEMS,
    MIN_TAG_LINKS,
    MIN_TEASER_WORDS,
    PROSE_BESIDE_LINKS_CHARS,
    RUN_LINK_SHARE,
)
from .tree import HEADING_TAGS, class_id, text_content, touches_link

# Links that lead to listings rather than articles: tag, topic, author, section and search pages.
_NON_ARTICLE_PATH = re.compile(
    r"/(?:tags?|topics?|category|categories|section|sections|author|authors|writer|editors?|search|keyword|"
    r"newssection|newstaglist|page)(?:/|$|\?|=)|[?&](?:tag|q|s)=", re.I)
_STORY_PART = re.compile(r"/(?:article|articles|story|stories|news|post|posts|details|content)/[^/]*\d{3}", re.I)
_PAGE_WORDS = frozenset(("page", "p", "pages"))       # "/category/news/page/1234": a listing's page, no story
_STORY_ID = re.compile(r"\d{4,}(?:\.(?:html?|aspx?|php))?")
_RELATED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:related|read-?also|readmore|read-more|more-stories|yarpp|crp_related|see-also|"
    r"also-read|inline-related|mostread|most-read|popular)", re.I)
_MORE_CLASS = re.compile(r"most-?read|mostread|popular|trending|latest", re.I)


@lru_cache(maxsize=4096)      # a page's blocks share a few dozen class names
def maybe_related_class(cid: str) -> bool:
    """Every _RELATED_CLASS word holds one of these stems: plain substring tests on the lowered name
    come first (a tenth of the case-insensitive search's cost, on the hundreds of class names a page has).
    "related" whole, not "relat": Bootstrap's "position-relative" is on hundreds of elements of a page."""
    low = cid.lower()
    return "related" in low or "read" in low or "stories" in low or "yarpp" in low or "see-also" in low \
        or "popular" in low


@dataclass
class RelatedBlock:
    element: etree._Element
    kind: str                    # hint: read_also / similar / more; settled by position later
    position: int = 0            # document order of the block
    items: list[dict] = field(default_factory=list)
    fixed: bool = False          # kind given by a profile: not moved by position
    inline: bool = False         # a read-also cue and its link(s) in one line: read-also wherever it stands
    parent: etree._Element | None = None   # where it stood before it was taken out of the tree


def items_of(el: etree._Element, m: Measures) -> list[dict]:
    """Each distinct article link of a block once, with the longest text any of its anchors has."""
    return _tally(_anchor_items(el, m))


def _anchor_items(el: etree._Element, m: Measures) -> list[tuple[str, str]]:
    """(address, headline) of each article link in ``el``, in document order (``el`` itself first when it
    is one), before ``_tally`` makes a list's items of them."""
    return [item for a in el.iter("a") if (item := m.item(a, _article_link))]


def _tally(anchors: Iterable[tuple[str, str]]) -> list[dict]:
    """``items_of``'s list from its anchors' (address, headline) in document order: an address once, at
    its first anchor, with the longest headline of its anchors (a short one, a label, never counts)."""
    by_url: dict[str, str] = {}
    for url, title in anchors:
        if len(title.split()) < MIN_ITEM_WORDS:       # a label, however often the address is linked
            by_url.setdefault(url, "")
            continue
        if len(title) > len(by_url.get(url, "")):
            by_url[url] = title
    return [{"title": t, "url": u} for u, t in by_url.items() if t]


def _article_link(url: str, page_url: str | None) -> bool:
    """May a link's address be a related article of the page at ``page_url``? Not a listing's address
    (``_listing_link``), not the page itself."""
    return not _listing_link(url) and not (page_url and _same_page(url, page_url))


def _other_sites(block: RelatedBlock, sites: set[str]) -> bool:
    """Are all of a block's items on other sites than the page's own (``sites``: the registrable domains of
    its addresses; a section's subdomain, a country's second level are the same site)? Such a list is an
    advertiser's widget or a network's, never this story's (one other site's story among the site's own is)."""
    return bool(sites) and bool(block.items) \
        and all(_site_of(urlsplit(it["url"]).hostname) not in sites for it in block.items)


_site_of = lru_cache(maxsize=1024)(registrable)     # asked again for every item of every list


@lru_cache(maxsize=4096)
def _listing_link(url: str) -> bool:
    """A tag, section, search or author page, a site's front page (no path) or one of its pages named by one
    word ("/sport", "/about", "/help"): never an article, which an address tells by an id, a date or a slug
    of several words. (cached: a heading's climb reads the same links at every level)"""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    if not parts.query and (not path or path.isascii() and path.isalpha()):
        return True
    found = _NON_ARTICLE_PATH.search(parts.path + "?" + parts.query)
    # (a section's name may stand before the story's own part: "/Section/egypt/Article/12345" is a story, and
    # so is a story's id after a category and its name: "/category/kuwait/123456.html")
    return bool(found) and not _STORY_PART.search(parts.path, found.end() - 1) and not _ends_on_story_id(path)


def _ends_on_story_id(path: str) -> bool:
    """Does a path (no outer slashes) of three parts or more end on a story's id, not a listing's page number
    ("/category/kuwait/123456.html", not "/category/kuwait/page/1234")?"""
    parts = path.split("/")
    return len(parts) >= 3 and bool(_STORY_ID.fullmatch(parts[-1])) and parts[-2].lower() not in _PAGE_WORDS


def _same_page(a: str, b: str) -> bool:
    return _page_key(a) == _page_key(b)


@lru_cache(maxsize=4096)
def _page_key(url: str) -> tuple[str, str, str]:
    """What tells one page from another: path, host and the query's naming parameters (an old portal's
    "news.php?id=123"), not scheme, www, a fragment or a tracking parameter."""
    parts = urlsplit(url)
    return unquote(parts.path).rstrip("/"), parts.netloc.removeprefix("www."), naming_query(parts.query)


def _in_link(el: etree._Element, m: Measures) -> bool:
    """A cue that is itself a navigation link (a menu item "آخر الأخبار") heads no block."""
    for node in (el, el.getparent()):
        if node is not None and node.tag == "a" and m.href(node):
            return True
    return any(m.href(a) and len(m.text(a)) >= len(m.text(el)) * IN_LINK_SHARE for a in el.iter("a"))


_LINE_TAGS = frozenset({"a", "b", "strong", "span", "em", "i", "u", "font", "small", "br", "img", "time"})


def _cue_before_links(el: etree._Element, m: Measures) -> bool:
    """Is ``el`` one line that opens with a cue which is not itself a link ("<b>اقرأ أيضاً:</b> <a>…</a>"),
    not a heading over a list?"""
    if any(isinstance(d.tag, str) and d.tag not in _LINE_TAGS for d in el.iterdescendants()):
        return False
    lead = clean(el.text)
    if not lead and len(el) and isinstance(el[0].tag, str) and el[0].tag != "a" and el[0].find(".//a") is None:
        lead = m.text(el[0])
    return bool(lead) and match_cue(lead) is not None


# The kinds of lists that are the site's, not the story's: a menu entry of their words is a section's name.
_SITE_KINDS = frozenset((MORE, PICKS, OTHER))


def _menu_entry(el: etree._Element, m: Measures) -> bool:
    """Is the cue ``el`` the text of a link that stands as one entry of a menu: the link, or the element holding
    it and nothing else, or the list item it opens, next to an element of the same tag linking to another page? A
    heading that links to its section stands beside its list, not beside another heading ("<h3><a>الأكثر
    قراءة</a></h3><ul>…")."""
    parent = el.getparent()
    link = el if el.tag == "a" else parent if parent is not None and parent.tag == "a" else None
    if link is None or not m.href(link):
        return False
    entry = link
    while (holder := entry.getparent()) is not None and len(holder) == 1 and not _loose(holder) \
            and holder.tag not in ("body", "html"):
        entry = holder
    if entry.tag not in HEADING_TAGS and (item := entry.getparent()) is not None and item.tag == "li" \
            and item[0] is entry:
        entry = item                      # a list item's own link, its sub-menu after it
    return any(sib is not None and sib.tag == entry.tag and _links_away(sib, m)
               for sib in (entry.getprevious(), entry.getnext()))


def _links_away(el: etree._Element, m: Measures) -> bool:
    """Does ``el`` hold a link to another page (``m.href``: none for a tab's "#…" or a script's)?"""
    return any(m.href(a) for a in el.iter("a"))


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def _block_for_heading(heading: etree._Element, m: Measures, title: etree._Element | None = None
                       ) -> tuple[etree._Element, list[dict]] | None:
    """Climb from a cue heading to the smallest ancestor that holds article links besides it; never to one
    that holds the page's h1 or its ``title`` element (the article's own box: the page itself, when a menu
    link's words make a cue)."""
    if (inline := _inline_cue_links(heading, m)) is not None:
        return inline
    if _labels_listings(heading, m):
        return None                 # "الوسوم المرتبطة: <a>…</a>، <a>…</a>": a label of tags, no list of stories
    node = heading
    below: list[tuple[str, str]] = []         # the anchors of ``node``, the heading's own left out
    for _ in range(CLIMB_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html", "main"):
            return None
        if parent.find(".//h1") is not None or title is not None and _inside(title, parent):
            return _following_links(node, m)
        if parent.tag == "article" and _prose_paragraphs(parent, m):
            return None              # the story's own <article> (a teaser card in one is climbed as any box)
        # items_of(parent) without the heading's own anchors, each level's anchors read once: the level
        # below's, then the siblings' around it
        own = m.item(parent, _article_link) if parent.tag == "a" else None
        around: list[tuple[str, str]] = [own] if own else []
        for child in parent:
            if child is node:
                around += below
            elif isinstance(child.tag, str):
                around += _anchor_items(child, m)
        below = around
        items = _tally(below)
        if items and _prose_before(node, m):
            return _following_links(node, m)    # the cue opens a block inside the article's box
        if items:
            if _mostly_prose(parent, m) or _prose_paragraphs(parent, m) >= MIN_PROSE_PARAGRAPHS \
                    or _prose_lines(parent, m):
                # The heading stands among body paragraphs (a short body beside an inline widget of
                # links included): take the link-dense siblings after it; never a box of the body's
                # own prose the climb has reached (the body would go with them).
                return _following_links(node, m)
            return parent, items
        node = parent
    return None




def _mostly_prose(el: etree._Element, m: Measures) -> bool:
    """Does ``el`` hold text outside links enough for a body, and few links beside it (in any tags: a body
    of divs and line breaks holds no paragraph)?"""
    total, links = m.length(el), m.link_length(el)
    return total - links > PROSE_BESIDE_LINKS_CHARS and links < total * MAX_LINK_SHARE_BESIDE_PROSE


def _prose_lines(el: etree._Element, m: Measures) -> bool:
    """Does an element in ``el`` hold lines of prose of its own between line breaks, MIN_PROSE_PARAGRAPHS or more,
    and hardly a link (a body written without paragraph elements, which ``_prose_paragraphs`` cannot count)?"""
    seen: set[etree._Element] = set()
    for br in el.iter("br"):                  # (the breaks' parents only: most of a box's elements hold none)
        node = br.getparent()
        if node is None or node in seen:
            continue
        seen.add(node)
        lines = _prose(node.text or "") + sum(_prose(c.tail or "") for c in node)
        if lines >= MIN_PROSE_PARAGRAPHS and m.link_length(node) < MAX_PROSE_LINK_SHARE * m.length(node):
            return True
    return False


def _labels_listings(heading: etree._Element, m: Measures) -> bool:
    """Do links to listings alone follow ``heading`` among its siblings, two or more (a line of tags or
    sections under a label with a word of relation), and no link to a story?"""
    count = 0
    for sib in itertools.islice(heading.itersiblings(), MAX_LABEL_SIBLINGS):
        if isinstance(sib.tag, str):
            for a in sib.iter("a"):
                href = m.href(a)
                if not href or not _listing_link(href):
                    return False          # (read no further: most cues' siblings link to stories)
                count += 1
    return count >= MIN_TAG_LINKS


def _inline_cue_links(cue: etree._Element, m: Measures) -> tuple[etree._Element, list[dict]] | None:
    """A cue and its links inside a paragraph that goes on with sentences of its own ("… <b>اقرأ أيضاً:</b>
    <a>…</a>. وأضاف …"): only the cue and the links right after it are the block, wrapped apart, so the
    paragraph's own words stay body."""
    parent = cue.getparent()
    if parent is None or parent.tag not in ("p", "div", "span", "td", "li", "blockquote"):
        return None
    links: list[etree._Element] = []
    node = cue.getnext()
    while node is not None and node.tag == "a" \
            and not (links and len((links[-1].tail or "").split()) > MAX_WORDS_BETWEEN_LINKS):
        links.append(node)
        node = node.getnext()
    if not links:
        return None
    taken = {cue, *links}
    own = [parent.text or ""] + [(c.tail or "") for c in parent if c is not links[-1] and c not in taken] \
        + [text_content(c) for c in parent if c not in taken] + [links[-1].tail or ""]
    if sum(len(t.split()) for t in own) < MIN_PROSE_WORDS:
        return None
    items = [it for a in links for it in items_of(a, m)]
    if not items:
        return None
    wrapper = etree.Element("span", {"data-newsscrape": "related"})
    cue.addprevious(wrapper)
    rest = links[-1].tail or ""
    while rest and (rest[0].isspace() or unicodedata.category(rest[0])[0] == "P"):
        rest = rest[1:]                  # the link's own full stop goes with it
    wrapper.tail, links[-1].tail = (" " + rest) if rest else None, None
    for el in (cue, *links):
        wrapper.append(el)
    m.changed()                          # the paragraph lost its cue's words and the link's full stop
    return wrapper, items


def _prose_before(node: etree._Element, m: Measures) -> bool:
    """Does a sentence with no link stand before ``node`` among its siblings (a lede, a paragraph in any
    tag)? A related block opens at its cue: what comes before it in the same box is the article's."""
    for sib in node.itersiblings(preceding=True):
        if isinstance(sib.tag, str) and sib.find(".//a") is None and sib.tag != "a" and _prose(m.text(sib)):
            return True
    parent = node.getparent()
    return _prose(parent.text or "")


def _prose(text: str) -> bool:
    """A sentence of the article's: twelve words or more, or six closed by its own mark (a full stop, a
    question or exclamation mark; not an ellipsis, which ends a cut teaser's title as often), an agency's
    tag after that mark or not ('… حياته". (رويترز)': the last paragraph of a wire story)."""
    words = len(text.split())
    if words >= MIN_PROSE_SENTENCE_WORDS:
        return True
    if words < MIN_PROSE_WORDS:
        return False
    end = text.rstrip().rstrip(_CLOSING_QUOTES)
    if not end.endswith(_SENTENCE_STOPS) and (tagged := closing_tag(text)):
        end = tagged[2].rstrip().rstrip(_CLOSING_QUOTES)
    return end.endswith(_SENTENCE_STOPS) and not end.endswith(("..", "…"))


_CLOSING_QUOTES = "\"'»”’)]"
_SENTENCE_STOPS = (".", "!", "?", "؟")




def _prose_paragraphs(el: etree._Element, m: Measures) -> int:
    """Paragraphs of prose in ``el``: twelve words or more, hardly any of them in links (a related
    block's teasers are links; an excerpt under a link is one paragraph per item at most)."""
    count = 0
    for p in el.iter("p"):
        text = m.text(p)
        if len(text.split()) >= MIN_PROSE_SENTENCE_WORDS and m.link_length(p) < MAX_PROSE_LINK_SHARE * len(text) \
                and next(p.iterancestors("li"), None) is None and not is_excerpt(p, m, el):
            count += 1
    return count


def is_excerpt(p: etree._Element, m: Measures, within: etree._Element | None = None) -> bool:
    """Is ``p`` a teaser's excerpt: a sentence or two (``MAX_EXCERPT_WORDS`` at most) in an item box (below
    ``within``) that holds little besides it and a link of its own outside it, the item's story (a linked
    title, a date, then the excerpt)?"""
    box = p.getparent()
    if box is None or box is within or m.length(box) > MAX_EXCERPT_BOX_SHARE * m.length(p) \
            or len(m.raw(p).split()) > MAX_EXCERPT_WORDS:
        return False
    return any(not _inside(a, p) for a in box.iter("a"))


def _following_links(node: etree._Element, m: Measures) -> tuple[etree._Element, list[dict]] | None:
    """The cue's ``node`` and the link-dense siblings after it, wrapped as one block; never a node the climb
    reached that holds the story's prose (its box would go with the list)."""
    if _mostly_prose(node, m) or _prose_paragraphs(node, m) or _prose_lines(node, m):
        return None
    items: list[dict] = []
    group = []
    for sib in node.itersiblings():
        size = m.length(sib)
        if not size:
            continue
        if m.link_length(sib) < size * RUN_LINK_SHARE or _prose_paragraphs(sib, m) or _prose_lines(sib, m):
            # never a box with the story's prose, however many links beside it; a grid of story cards whose
            # excerpts are long is no prose ("<article><h3><a>…</a></h3><p>thirty words…</p></article>" each)
            if not (cards := card_items(sib, m)):
                break
            items += cards
        else:
            items += items_of(sib, m)
        group.append(sib)
    if not items:
        return None
    # Wrap the heading and its link siblings so the caller can drop them as one block.
    wrapper = etree.Element("div", {"data-newsscrape": "related"})
    node.addprevious(wrapper)
    wrapper.append(node)
    for sib in group:
        wrapper.append(sib)
    m.changed()
    return wrapper, items


CLASSED_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "nav"})    # blocks a class may call related


def find_related(root: etree._Element, m: Measures, cue_candidates: list[etree._Element],
                 classed: list[etree._Element], profile_rules: tuple[tuple[str, str], ...] = (),
                 select=None, title: etree._Element | None = None) -> list[RelatedBlock]:
    """Related blocks of the page. ``cue_candidates`` are the elements whose own text is short and has a
    cue's letters, ``classed`` the blocks whose class or id may say "related" (``index.index_tree``),
    both in document order."""
    blocks: list[RelatedBlock] = []
    taken: set[etree._Element] = set()

    def add(el: etree._Element, kind: str, items: list[dict], fixed: bool = False, inline: bool = False) -> None:
        blocks.append(RelatedBlock(el, kind, items=items, fixed=fixed, inline=inline))
        taken.update(el.iter())

    for selector, kind in profile_rules:
        for el in select(root, selector) if select else ():
            if el not in taken:
                add(el, kind, items_of(el, m), fixed=True)

    # Cue headings: short elements whose whole text is a cue phrase, or an inline "اقرأ أيضاً: <link>".
    candidates: list[etree._Element] = []
    heads: dict[etree._Element, etree._Element] = {}    # a candidate whose first child holds the cue: the child
    for el in cue_candidates:
        parent = el.getparent()             # a heading whose first child holds the cue, then the child
        for node in (parent, el) if parent is not None and len(parent) and parent[0] is el else (el,):
            if node.tag not in ("body", "html", "head", "title") and (not candidates or candidates[-1] is not node):
                candidates.append(node)
                if node is parent:
                    heads[parent] = el
    for el in candidates:
        if el in taken:
            continue
        text = m.text(el)
        # Not a cue even with forty words after it: nothing below could take it (the cue is read first,
        # before its links: most candidates are a sentence's opening words, not a heading).
        if len(text) > MAX_CUE_CHARS or match_cue(text, max_extra_words=40) is None \
                or _in_link(el, m) and not _cue_before_links(el, m):
            continue
        own_links = items_of(el, m)
        cue = match_cue(text, max_extra_words=40 if own_links else 4)
        if not cue:
            continue
        kind, _ = cue
        if (head := heads.get(el)) is not None and (said := match_cue(m.text(head))) is not None:
            kind = said[0]                  # the heading's own words, not glued to the link after it
        if own_links and len(fold(text).split()) > MIN_CUE_LINE_WORDS:
            add(el, kind, own_links, inline=kind == READ_ALSO and _cue_before_links(el, m))  # "اقرأ أيضاً: <a>…</a>"
            continue
        if kind in _SITE_KINDS and _menu_entry(el, m):
            continue                        # "<li><a>صحة وعلوم</a></li><li><a>رياضة</a></li>": a section's name
        if (head := heads.get(el)) is not None and _labels_listings(head, m):
            continue                        # "<div><span>مواضيع ذات صلة:</span> <a>وسم</a>، …</div>": a row of tags
        found = _block_for_heading(el, m, title)
        if found and found[0] not in taken:
            inline = kind == READ_ALSO and found[0].get("data-newsscrape") == "related" and found[0].tag == "span"
            add(found[0], kind, found[1], inline=inline)

    # Class names that say "related" on blocks no cue found (lists often carry no heading text).
    for el in classed:           # (a wrapper made above has no class: none is missing from the list)
        cid = class_id(el)
        if el in taken or not _RELATED_CLASS.search(cid):
            continue
        items = items_of(el, m)
        if items and m.link_length(el) >= m.length(el) * HALF_IN_LINKS:
            add(el, MORE if _MORE_CLASS.search(class_id(el)) else SIMILAR, items)
    return blocks


def settle_kinds(blocks: list[RelatedBlock], body_start: int, body_end: int, region: etree._Element) -> None:
    """read_also inside the body, similar after it; 'more' stays 'more'. A read-also cue and its link in
    one line is read-also wherever it stands (after the last paragraph too): the reader sees read-also.
    The site's other stories ("أخبار أخرى") are read-also between the body's paragraphs, similar after the body
    in the article's ``region``, else 'more'; the editors' picks ("اخترنا لك") are read_also between the body's
    paragraphs, else 'more'."""
    for b in blocks:
        if b.kind == OTHER and body_start < b.position < body_end:
            b.kind = READ_ALSO       # "مواد أخرى:" set between the story's paragraphs: the editor's, read-also
        elif b.kind == OTHER:
            b.kind = SIMILAR if b.position > body_end and _stood_in(b, region) else MORE
        elif b.kind == PICKS:
            b.kind = READ_ALSO if body_start < b.position < body_end else MORE
        if b.fixed or b.kind == MORE:
            continue
        b.kind = READ_ALSO if body_start < b.position < body_end or b.inline else SIMILAR


def _stood_in(block: RelatedBlock, region: etree._Element) -> bool:
    """Did ``block`` stand inside ``region`` (where it stands, or stood before it was taken out)?"""
    node = block.element if block.element.getparent() is not None else block.parent
    return node is not None and _inside(node, region)


def as_items(blocks: list[RelatedBlock], own: tuple[str | None, ...] = ()) -> list[dict]:
    """The related items in reading order: one per URL, never the page itself (its URL or canonical
    URL, in any form). A URL listed by several blocks keeps the most article-tied kind (read_also,
    then similar, then more): a story in the related list and again in "most read" is related."""
    sites = {_site_of(urlsplit(u).hostname) for u in own if u}
    ordered = sorted((b for b in blocks if not _other_sites(b, sites)), key=lambda b: b.position)
    own_keys = {_page_key(u) for u in own if u}
    best: dict[tuple[str, str, str], int] = {}
    for b in ordered:
        for it in b.items:
            key = _page_key(it["url"])
            best[key] = min(best.get(key, 9), _KIND_RANK.get(b.kind, 9))
    out: list[dict] = []
    seen: set[tuple[str, str, str]] = set(own_keys)
    for b in ordered:
        for it in b.items:
            key = _page_key(it["url"])
            if key not in seen and _KIND_RANK.get(b.kind, 9) == best[key]:
                seen.add(key)
                out.append({"title": it["title"], "url": it["url"], "kind": b.kind})
    return out


_KIND_RANK = {READ_ALSO: 0, SIMILAR: 1, MORE: 2}




def link_list_items(el: etree._Element, m: Measures) -> list[dict]:
    """The items of a run of links to other stories of the same site whose anchors read like headlines,
    with little else (an image, a date, a heading), or [] when ``el`` is no such run. No class decides:
    the links and their share of the text do."""
    total = m.length(el)
    if not total or m.link_length(el) < total * RUN_LINK_SHARE or _prose_paragraphs(el, m) or _holds_prose(el, m):
        return []
    host = _host(m.page_url or m.base)
    items = [it for it in items_of(el, m) if len(it["title"].split()) >= MIN_TEASER_WORDS
             and (not host or _host(it["url"]) == host)]
    return items if len(items) >= MIN_RUN_ITEMS else []




def link_card(el: etree._Element, m: Measures) -> list[dict]:
    """The one item of a card that is a single link to a story of the site (a bookmark card in a figure:
    the story's title, a sentence about it, the site's name, all inside the link), or []."""
    total = m.length(el)
    if not total or m.link_length(el) < total * RUN_LINK_SHARE:
        return []
    items = items_of(el, m)
    host = _host(m.page_url or m.base)
    if len(items) != 1 or len(items[0]["title"].split()) < MIN_TEASER_WORDS or host and _host(items[0]["url"]) != host:
        return []
    return items


def card_items(el: etree._Element, m: Measures) -> list[dict]:
    """The items of a grid of story cards, or [] when ``el`` is none: its children are of one shape (the
    same tags in the same order), each a link to one story of the site with a headline's words and, in
    elements of their own, at most an excerpt's words more (a summary, a date). No words lie loose beside
    a card's link, as they do around a paragraph's: a card is made of elements, a sentence is not."""
    cards = [c for c in el if isinstance(c.tag, str)]
    if len(cards) < MIN_RUN_ITEMS or len(cards) != len(el) or _loose(el):
        return []
    host = _host(m.page_url or m.base)
    shape = None
    items: list[dict] = []
    for card in cards:
        parts = tuple(c.tag for c in card)
        if shape is None:
            shape = parts
        if parts != shape or card.tag != cards[0].tag or _loose(card) and card.tag != "a":
            return []
        found = items_of(card, m)
        if len(found) != 1 or len(found[0]["title"].split()) < MIN_TEASER_WORDS \
                or host and _host(found[0]["url"]) != host \
                or len(m.raw(card).split()) - len(found[0]["title"].split()) > MAX_EXCERPT_WORDS:
            return []
        items.append(found[0])
    return items


def _loose(el: etree._Element) -> bool:
    """Words written beside ``el``'s children, not inside one of them."""
    return bool(el.text and not el.text.isspace()) or any(c.tail and not c.tail.isspace() for c in el)


def _holds_prose(el: etree._Element, m: Measures) -> bool:
    """Does a part of ``el`` hold words outside links, more than a label's (a sentence of the body beside
    a list, which a share of link text alone does not tell)? A cue heading is no prose."""
    loose = [el.text or ""] + [c.tail or "" for c in el]
    if any(len(t.split()) > MAX_LOOSE_WORDS for t in loose):
        return True
    for child in el:
        if not isinstance(child.tag, str) or child.tag == "a":
            continue
        words = len(m.raw(child).split())
        if words > MAX_LOOSE_WORDS and m.link_length(child) < HALF_IN_LINKS * m.length(child) \
                and not match_cue(m.text(child)):
            return True
    return False


def _host(url: str | None) -> str:
    return (urlsplit(url or "").hostname or "").removeprefix("www.")


def link_runs_after(region: etree._Element, container: etree._Element, m: Measures,
                    taken: set[etree._Element]) -> list[RelatedBlock]:
    """Related lists without a cue or a class: after the body, inside the article's region, a run of
    links to other stories of the same site (``link_list_items``). The reader sees "more on this" by
    position; so does this rule."""
    inside_body = set(container.iter())
    after = False
    found: list[RelatedBlock] = []
    for el in region.iter():
        if el is container:
            after = True
            continue
        if not after or el in inside_body or el in taken or not isinstance(el.tag, str) \
                or el.tag not in _RUN_TAGS and "-" not in el.tag:      # (a custom element's name has a hyphen)
            continue
        if any(_inside(el, b.element) for b in found):
            continue
        if items := link_list_items(el, m) or card_items(el, m):
            found.append(RelatedBlock(el, heading_kind(el, SIMILAR, m), items=items))
    return found


_RUN_TAGS = frozenset({"ul", "ol", "div", "section", "aside", "nav", "table", "dl", "footer", "details", "center",
                       "main", "figure", "blockquote", "article", "fieldset", "header"})


def heading_kind(el: etree._Element, default: str, m: Measures) -> str:
    """The kind a list's heading names, whatever its markup: the short line just before the list (any
    tag) or the first short lines inside it, not in a link. A site-wide heading ("الأكثر قراءة", "آخر
    الأخبار") makes it ``more``; a read-also or related cue keeps ``default``."""
    heads = []
    prev = el.getprevious()
    if prev is not None and isinstance(prev.tag, str) and prev.find(".//a") is None:
        heads.append(prev)
    for h in el.iter():
        if len(heads) > MAX_HEADINGS:
            break
        if h is el or not isinstance(h.tag, str) or touches_link(h):
            continue
        heads.append(h)
    for h in heads:
        text = m.text(h)
        if 0 < len(text) <= MAX_HEADING_CHARS and (cue := match_cue(text)):
            return cue[0] if cue[0] in UNTIED else default
    return default
