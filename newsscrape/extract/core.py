"""The steps of extraction, in order, over one parsed tree (``_extract`` calls them by these names):
decode -> parse -> metadata and noise out (``_prepare``) -> title (``find_title``) -> one index of the
tree (``index.index_tree``) -> related blocks out (``_take_out_related``) -> container (``_body_container``) ->
blocks (``_body_blocks``) -> bylines and boilerplate out (``_sort_blocks``) -> the article as data when
the HTML is thin (``_embedded_instead``) -> source (``attribution.find_source``) -> authors (``_authors``)
-> related kinds by position -> dates -> subtitle -> Article. Every step reads the page's element
measures from one table (``measure.Measures``); thresholds are named in ``thresholds``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .. import segment as plain_text  # (a module, not a name: segment imports extract's thresholds)
from ..errors import ExtractionError
from ..record import Article, Related
from ..sites import Profile
from ..text.arabic import arabic_share, clean, fold, mostly_arabic
from ..text.credits import (
    credit_line,
    is_agency_name,
    is_label,
    is_photo_credit,
    label_end,
    labelled,
    labelled_apart,
    marked_name,
    source_line,
)
from ..text.cues import READ_ALSO, is_boilerplate
from ..text.dates import (
    DATE_WORDS,
    UPDATE_LABEL,
    date_from_url,
    full_time,
    iso,
    localise,
    parse_machine_date,
    parse_text_date,
    zone_of_host,
)
from ..text.marks import COLONS, tokens, words
from . import attribution as attr
from .body import Block, choose_container, only_child, read_blocks
from .decode import decode, read_as_utf8
from .embedded import Embedded, read_embedded
from .furniture import few_words, is_rule, lead_in_link
from .headline import find_subtitle, find_title
from .index import TreeIndex, index_tree
from .measure import Measures
from .metadata import Meta, read_metadata
from .related import RelatedBlock, as_items, find_related, link_list_items, link_runs_after, settle_kinds
from .thresholds import (
    AFTER_BODY_LINES,
    ARABIC_SAMPLE_BLOCKS,
    BYLINE_HEAD_BLOCKS,
    EMBEDDED_SHARE,
    FOLD_MAX_CHARS,
    LEDE_HOPS,
    MAX_ADDRESS_LABEL_WORDS,
    MAX_DATE_ELEMENT_CHARS,
    MAX_DATE_LINE_CHARS,
    MAX_DATE_LINE_CHILDREN,
    MAX_DATE_LINE_WORDS,
    MAX_FRAGMENT_WORDS,
    MAX_LABEL_VALUE_CHARS,
    MAX_LATIN_LABEL_WORDS,
    MAX_LEDE_CHILDREN,
    MAX_LONE_LABEL_CHARS,
    MAX_PROSE_LINK_SHARE,
    MAX_SIGNATURE_LINE_WORDS,
    MAX_SIGNATURE_LINES,
    MAX_SITE_NAME_WORDS,
    MAX_SOURCE_LINE_CHARS,
    MAX_TAGS,
    MIN_HEADLINE_WORDS,
    MIN_LEDE_SENTENCE_WORDS,
    MIN_LEDE_WORDS,
    REGION_LEVELS,
    THIN_HTML_WORDS,
    TITLE_LENGTH_SLACK,
    TITLE_PREFIX_CHARS,
)
from .tree import drop, is_http_url, parse, parse_utf8, strip_noise, text_of, unwrap_fallbacks
from .verdict import Extracted

_DATE_CLASS = ("date", "time", "publish", "posted", "timestamp", "created")
# Attributes that carry an element's date in machine form, read before its text (which may be a clock).
_DATE_ATTRS = ("datetime", "content", "data-date", "data-datetime", "data-time", "data-published", "title")


def parse_html(text: str) -> etree._Element:
    """The lxml tree of an HTML document (ExtractionError ``unparseable`` when there is none)."""
    return parse(text)


@lru_cache(maxsize=256)
def _css(selector: str):
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector, translator="html")


def _select(root: etree._Element, selector: str) -> list[etree._Element]:
    return _css(selector)(root)


def extract_page(html: bytes | str, url: str | None, profile: Profile, *, content_type: str | None = None,
                 strip_diacritics: bool = False, ascii_digits: bool = False) -> Extracted:
    """The article of one page with what the page says about itself. Raises ExtractionError (with a
    reason code) when the page holds no article text at all; whether it *is* an article is ``verdict``'s."""
    root = _parse_page(html, content_type)
    try:
        try:
            return _extract(root, url, profile, strip_diacritics, ascii_digits)
        except ExtractionError as exc:
            # no article text: what the page shows without scripts (<noscript>) or in a frame's own markup
            # (<iframe srcdoc>) is read, when it has any
            if exc.reason != "no_article_text" or not unwrap_fallbacks(root := _parse_page(html, content_type)):
                raise
            return _extract(root, url, profile, strip_diacritics, ascii_digits)
    except (ExtractionError, RecursionError):
        raise
    except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:  # never a crash
        raise ExtractionError("extraction_failed", f"extraction failed: {type(exc).__name__}: {exc}") from exc


def _parse_page(html: bytes | str, content_type: str | None) -> etree._Element:
    """The page's tree. Clean UTF-8 bytes go to the parser as they are: handing it the decoded str costs a
    conversion back (about a tenth of the parse), and the decoding itself as much again on a large page,
    so bytes that would be read as UTF-8 are parsed first and decoded only when the parser doubts them.
    Anything decoded otherwise, repaired or replaced goes as text."""
    root = None
    if isinstance(html, bytes) and read_as_utf8(html, content_type):
        root, sure = parse_utf8(html)
        if sure:
            return root
    text, encoding, replaced = decode(html, content_type)
    if encoding == "utf-8" and isinstance(html, bytes) and not replaced:
        return root if root is not None else parse(html)
    return parse(text)


def _extract(root: etree._Element, url: str | None, profile: Profile, strip_diacritics: bool,
             ascii_digits: bool) -> Extracted:
    """The steps of the module docstring, in its order, one named function each."""
    meta, base = _prepare(root, url, profile)
    title, title_el = find_title(root, meta, _select(root, profile.title) if profile.title else None)
    index = index_tree(root)
    order, owners = index.order, index.owners
    m = Measures(base, url)
    related = _take_out_related(root, m, profile, index, title_el)
    site_names = _site_names(meta, profile, url, title)
    try:
        container = _body_container(root, profile, owners, m)
        blocks = _body_blocks(container, title_el, order, m, related)
        paragraphs, authors, source, source_text = _sort_blocks(blocks, title, site_names)
        around = _around(blocks, paragraphs)
    except ExtractionError:
        container, paragraphs, authors, source, source_text = _page_body(root), [], [], None, None
        around = []
    in_text: list[dict] = []                # related titles the page's data gives as text...
    links: dict[str, str] = {}              # ...and the addresses its HTML links them to
    listed: list[dict] = []                 # the story lists the data keeps beside its article
    if (data := _embedded_instead(paragraphs, meta)) is not None:
        if not clean(title) or title_el is None and data.headline:
            title = data.headline or title
        # the data's lines are read as a dump's are for its related lists (a read-also line, a related list's
        # heading and titles: the data's text runs them in with the body), then sorted as the HTML's are: a
        # credit, a source line, a byline is no paragraph
        taken, in_text = plain_text.related_lines(data.paragraphs)
        links, listed = data.links, data.related
        paragraphs, in_data, data_source, data_line = _sort_blocks(
            [Block(text, len(order) + n) for n, text in enumerate(data.paragraphs) if n not in taken], title,
            site_names)
        authors = authors or in_data
        if data_source:
            source, source_text = data_source, data_line
        meta.published += [data.published] if data.published else []
        meta.authors = meta.authors or data.authors
        meta.is_article = meta.is_article or bool(data.headline and data.published)   # an article as data
    if not paragraphs:
        raise ExtractionError("no_article_text")
    if not clean(title):
        raise ExtractionError("no_title")
    region = _article_region(container)
    in_page = attr.authors_in_page(region, m)
    credit = attr.find_source(attr.Span(title, title_el, container, region, order, paragraphs, m),
                              in_body=(source, source_text), meta=meta, named=in_page, site_names=site_names)
    if credit.last_paragraph is not None:
        paragraphs[-1].text = credit.last_paragraph
    authors = _authors(authors, meta, in_page, site_names, paragraphs[0].text)
    settle_kinds(related, paragraphs[0].position, paragraphs[-1].position, region)
    published, modified, precisions, zone_used = _dates(meta, root, region, url, profile.timezone, around)
    subtitle = find_subtitle(root, title_el, order, title, paragraphs[0].position)
    if subtitle and fold(subtitle) == fold(paragraphs[0].text):
        subtitle = None                          # a lede is body text, not also a dek

    def out(s: str) -> str:
        return clean(s, strip_diacritics=strip_diacritics, ascii_digits=ascii_digits)

    texts = tuple(out(b.text) for b in paragraphs)
    canonical = urljoin(base or "", meta.canonical) if meta.canonical else None
    article = Article(
        url=url,
        canonical_url=canonical,
        site=None if profile.generic else profile.slug,
        site_name=clean(meta.site_name or meta.publisher or profile.name) or None,
        title=out(title),
        subtitle=out(subtitle) if subtitle else None,
        paragraphs=texts,
        source=credit.source,
        source_text=credit.line,
        authors=tuple(authors),
        published=iso(published),
        modified=iso(modified),
        published_precision=precisions[0],
        modified_precision=precisions[1],
        section=clean(meta.section) or None,
        tags=tuple(dict.fromkeys(clean(t) for t in meta.tags if clean(t)))[:MAX_TAGS],
        image=urljoin(base or "", meta.image) if meta.image else None,
        related=tuple(Related(title=out(r["title"]), url=r["url"], kind=r["kind"])
                      for r in as_items(related, own=(url, canonical)))
        + tuple(Related(title=out(r["title"]), url=_address(links.get(r["title"]), base), kind=r["kind"])
                for r in in_text)
        + _data_lists(listed, base, related, (url, canonical), out),
        lang=_lang(meta, "\n\n".join(texts)),
        extractor=profile.extractor,
        timezone=zone_used,
    )
    link_density = min(1.0, m.link_length(container) / (len(m.text(container)) or 1))
    return Extracted(article=article, declared_article=meta.is_article, link_density=link_density,
                headline_with_body=_headline_with_body(title_el, container),
                headline_in_title=_headline_in_title(title_el, title, meta),
                plainly_listing=meta.is_listing or _titled_with_site_name(title, meta))


def _data_lists(listed: list[dict], base: str | None, related: list, own: tuple,
                out: Callable[[str], str]) -> tuple[Related, ...]:
    """The story lists of the page's data (``Embedded.related``), each address resolved on the page's base and
    once: none the page's HTML lists already, none the page's own."""
    if not listed:
        return ()
    seen = {r["url"] for r in as_items(related, own=own)} | {u for u in own if u}
    found = []
    for r in listed:
        address = _address(r["url"], base)
        if address and address not in seen:
            seen.add(address)
            found.append(Related(title=out(r["title"]), url=address, kind=r["kind"]))
    return tuple(found)


def _address(href: str | None, base: str | None) -> str | None:
    """A link's address resolved on the page's base, None for no link."""
    return urljoin(base or "", href) if href else None


def _embedded_instead(paragraphs: list[Block], meta: Meta) -> Embedded | None:
    """The article a page carries as data (JSON-LD articleBody, an embedded app state), when its HTML
    holds less text than that does; None to keep the HTML's. States are parsed only when the HTML is thin."""
    if not meta.article_body and not meta.states:
        return None
    html_words = sum(len(b.text.split()) for b in paragraphs)
    body_words = len(meta.article_body.split()) if meta.article_body else 0
    if html_words >= THIN_HTML_WORDS and body_words * EMBEDDED_SHARE <= html_words:
        return None
    data = read_embedded(meta.article_body, meta.states if html_words < THIN_HTML_WORDS else [])
    if data is None or sum(len(t.split()) for t in data.paragraphs) * EMBEDDED_SHARE <= html_words:
        return None
    return data


def _page_body(root: etree._Element) -> etree._Element:
    body = root.find("body")
    return body if body is not None else root


def _prepare(root: etree._Element, url: str | None, profile: Profile) -> tuple[Meta, str | None]:
    """Metadata first (JSON-LD lives in scripts), then the noise and the profile's drops out."""
    meta = read_metadata(root)
    strip_noise(root)
    base = _base_url(root, url or _absolute(meta.canonical))   # a saved page's links resolve on its canonical URL
    for selector in profile.drop:
        for el in _select(root, selector):
            drop(el)
    return meta, base


def _absolute(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else None."""
    return url.strip() if url and is_http_url(url.strip()) else None


def _take_out_related(root: etree._Element, m: Measures, profile: Profile, index: TreeIndex,
                      title_el: etree._Element | None) -> list:
    """The related blocks, each placed in reading order and taken out of the tree; then the promos a
    reader may skip and the hidden elements."""
    related = find_related(root, m, index.cue_candidates, index.classed, profile.related, _select, title_el)
    order = index.order
    for block in related:
        el = block.element  # a wrapper made around a cue and its link siblings is not in ``order``
        block.position = order.get(el, order.get(el[0], 0) if len(el) else 0)
        block.parent = el.getparent()
        drop(block.element)
    _skip_regions(root)
    for el in index.hidden:
        if el.getparent() is not None:
            drop(el)
    m.changed()
    return related


def _body_container(root: etree._Element, profile: Profile, owners: set, m: Measures) -> etree._Element:
    container = None
    if profile.body:
        hits = _select(root, profile.body)
        container = hits[0] if hits else None
    container = container if container is not None else choose_container(root, m, owners)
    if container is None:
        raise ExtractionError("no_article_text")
    return container


def _body_blocks(container: etree._Element, title_el: etree._Element | None, order: dict, m: Measures,
                 related: list) -> list[Block]:
    """The container's blocks with a lede just before it; inline related blocks and the link runs right
    after the body join ``related``."""
    blocks, inline = read_blocks(container, order, m)
    if title_el is not None and any(a is container for a in title_el.iterancestors()):
        # the page's header read with its body (a text-only edition's body is the page's): what stands before the
        # headline is the site's name, its menu, a breadcrumb, never the article's text
        start = order.get(title_el, 0)
        blocks = [b for b in blocks if b.position >= start] or blocks
    related += inline
    lede, offered = _lede_before(container, title_el, order, m)
    if lede:
        blocks.insert(0, lede)
        related += offered
    taken = {el for block in related for el in block.element.iter()}
    for block in link_runs_after(_article_region(container), container, m, taken):
        block.position = order.get(block.element, 0)
        related.append(block)
    return blocks


def _site_names(meta: Meta, profile: Profile, url: str | None, title: str) -> list[str]:
    """Every name the publisher goes by on this page: a byline or a credit with one of them is itself."""
    return [n for n in (meta.site_name, meta.publisher, profile.name, profile.name_latin, _domain_label(url),
                        _title_suffix(meta.html_title, title)) if n]


def _authors(in_body: list[str], meta: Meta, in_page: list[str], site_names: list[str], first: str) -> list[str]:
    """Bylines in the body, else JSON-LD's, else author elements'; never an agency, never the site."""
    authors = [a for a in in_body if not is_agency_name(a)]
    if not authors:
        authors = attr.clean_authors(meta.authors, site_names) or attr.clean_authors(in_page, site_names)
    if opener := _opener(first):                 # the newsroom signing its own dateline is no author
        authors = [a for a in authors if fold(a) != fold(opener)]
    return authors


def _sort_blocks(blocks: list[Block], title: str, site_names: list[str]
                 ) -> tuple[list[Block], list[str], str | None, str | None]:
    """Body paragraphs apart from bylines, the source line, boilerplate and repeats of the title."""
    paragraphs: list[Block] = []
    authors: list[str] = []
    source = source_text = None
    folded_title = fold(title)
    blocks = _join_split_labels(blocks)
    last = len(blocks) - 1
    kept: set[int] = set()
    rule_at: int | None = None
    index = {id(b): i for i, b in enumerate(blocks)}
    arabic_page = mostly_arabic(" ".join(b.text for b in blocks[:ARABIC_SAMPLE_BLOCKS]))
    for i, b in enumerate(blocks):
        if b.byline:
            authors += attr.clean_authors([b.text], site_names)
            continue
        folded = fold(b.text) if len(b.text) <= FOLD_MAX_CHARS or abs(len(b.text) - len(title)) < TITLE_LENGTH_SLACK \
            else None
        if paragraphs and is_rule(b.text):
            rule_at = len(paragraphs)               # what follows may be a signature
            continue
        if folded is not None and (not folded or folded == folded_title):
            continue
        if (i <= BYLINE_HEAD_BLOCKS and not paragraphs or i >= last - 1) and (name := attr.byline_author(b.text)):
            if is_agency_name(name):                  # "كتب: وكالات" credits an agency, not a writer
                source, source_text = source or attr.author_name_of(name), source_text or b.text
            authors += attr.clean_authors([name], site_names)
            continue
        if (i <= BYLINE_HEAD_BLOCKS and not paragraphs or i == last) and (credit := credit_line(b.text)):
            source, source_text = source or credit, source_text or b.text
            continue
        if len(b.text) <= MAX_SOURCE_LINE_CHARS and (name := b.credit or source_line(b.text)):
            if source is None:
                source = attr.resolve_source(name, site_names,
                                             labelled=b.credit is not None or labelled(b.text) is not None)
                source_text = b.text if source else None
            continue
        if folded is not None and is_boilerplate(b.text, folded) or is_photo_credit(b.text) or _address_line(b.text):
            continue
        if (_word_count(b.text) <= MAX_DATE_LINE_WORDS or len(b.text) <= MAX_DATE_ELEMENT_CHARS
                and _opens_with_date_word(b.text) and _a_date_alone(b.text)) and not b.heading \
                and parse_text_date(b.text, allow_dateparser=False):
            continue                      # (a line of date words alone however long: two calendars, a clock)
        if paragraphs and b.text == paragraphs[-1].text:
            continue
        if arabic_page and len(b.text.split()) <= MAX_LATIN_LABEL_WORDS and not arabic_share(b.text):
            continue                      # a Latin label in an Arabic article ("Article information")
        if i == last and b.heading:
            continue
        paragraphs.append(b)
        kept.add(i)
    # A label alone ("التاريخ:") stays only before a paragraph it introduces: its value read out of the
    # body (a date, a credit) takes it along.
    paragraphs = [b for b in paragraphs if not (_lone_label(b.text) and index[id(b)] + 1 not in kept)]
    if len(paragraphs) > 2 and (signed := attr.signature([b.text for b in paragraphs[-2:]])):
        del paragraphs[-signed[0]:]          # "سامي الحداد" / "محرر الشؤون الاقتصادية": the writer's signature
        authors += attr.clean_authors([signed[1]], site_names)
    if rule_at is not None and _signed_off(paragraphs[rule_at:]):
        del paragraphs[rule_at:]         # "__________" / "لا إله إلا الله": a forum post's or a blog's signature
    while len(paragraphs) > 1 and (paragraphs[-1].heading or few_words(paragraphs[-1].text, MAX_FRAGMENT_WORDS)):
        paragraphs.pop()       # a widget's heading or button after the last paragraph ("تعليقات")
    # A mark and a short name closing the body ("⁃ أكي") credit it, known to the gazetteer or not; not the
    # last item of a list.
    if source is None and len(paragraphs) > 1 and (name := marked_name(paragraphs[-1].text)) \
            and not marked_name(paragraphs[-2].text):
        source, source_text = name, paragraphs.pop().text
    return paragraphs, authors, source, source_text


def _signed_off(after: list[Block]) -> bool:
    """Are the lines after a rule closing the body a signature: a line or two, each short and no sentence?
    (More, or a sentence among them, and the rule was a section break.)"""
    return 0 < len(after) <= MAX_SIGNATURE_LINES and all(
        len(b.text.split()) <= MAX_SIGNATURE_LINE_WORDS and not b.text.rstrip().endswith(_SENTENCE_END) for b in after)


def _word_count(text: str) -> int:
    """Words, not the marks between them ("03 يونيو 2020 - و م ع | الرباط" has seven); a line split in
    more pieces than twice the date line's bound is past it either way and is not read further."""
    split = len(text.split())
    return split if split > 2 * MAX_DATE_LINE_WORDS else len(words(tokens(text)))


def _lone_label(text: str) -> bool:
    """A word or two and a colon, nothing else: a label whose value is in the next element."""
    if len(text) > MAX_LONE_LABEL_CHARS or text.rstrip()[-1:] not in COLONS:
        return False
    toks = tokens(text)
    return label_end(toks, 0) == len(toks)




_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _address_line(text: str) -> bool:
    """A line that is an address written out and at most a label ("شارك الرابط: https://…"): no sentence."""
    if "://" not in text and "www." not in text:
        return False
    rest, n = _ADDRESS.subn(" ", text)
    return n > 0 and len(rest.split()) <= MAX_ADDRESS_LABEL_WORDS


def _join_split_labels(blocks: list[Block]) -> list[Block]:
    """A label alone in its element ("المصدر:") and its value in the next one read as one line."""
    out: list[Block] = []
    skip = False
    for i, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and len(nxt.text) <= MAX_LABEL_VALUE_CHARS:
            if apart := labelled_apart(b.text, nxt.text):
                out.append(Block(apart[1], b.position, b.heading, credit=apart[0]))
                skip = True
                continue
            if is_label(b.text):
                out.append(Block(f"{b.text.strip()} {nxt.text.strip()}", b.position, b.heading))
                skip = True
                continue
        out.append(b)
    return out


def _dates(meta: Meta, root: etree._Element, region: etree._Element, url: str | None, tz: str | None,
           lines: list[str]):
    """(published, modified, their precisions, zone used): dates are read without a zone; one the page
    does not give is the publisher's (its profile or registry entry), else its country-code domain's.
    ``zone used`` is that zone when it had to be applied, else None. A time without any known zone is
    dropped (the date stays), and a date alone is written as midnight in the zone (UTC when none is
    known) with precision "day": no naive date-time, no date-only value is ever written."""
    tz = tz or zone_of_host(urlsplit(url).hostname if url else None)
    published, modified = _read_dates(meta, region, url, tz, lines)
    published, inferred_p = localise(published, tz)
    modified, inferred_m = localise(modified, tz)
    (published, p_precision), (modified, m_precision) = full_time(published, tz), full_time(modified, tz)
    dated = "day" in (p_precision, m_precision)           # a date alone took a zone too
    return published, modified, (p_precision, m_precision), \
        (tz or "UTC") if inferred_p or inferred_m or dated else None


def _read_dates(meta: Meta, region: etree._Element, url: str | None, tz: str | None, lines: list[str]):
    published = next((d for d in (parse_machine_date(v) for v in meta.published) if d), None)
    modified = next((d for d in (parse_machine_date(v) for v in meta.modified) if d), None)
    if published is None:
        for el in region.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag != "time" and not _dated_name(f"{el.get('class') or ''} {el.get('id') or ''} "
                                                    f"{el.get('property') or ''}"):
                continue
            text = text_of(el)
            if not text or len(text) > MAX_DATE_ELEMENT_CHARS:
                continue
            found = next((d for d in (parse_machine_date(el.get(a)) for a in _DATE_ATTRS if el.get(a)) if d), None) \
                or parse_text_date(text, relative_tz=tz)
            if found is None:
                continue
            if UPDATE_LABEL.search(text):
                modified = modified or found
                continue
            published = found
            break
    if published is None:
        published = _date_line(region) or _first_time_element(region)
    if published is None and (from_url := date_from_url(url) or date_from_url(meta.canonical)):
        published = from_url
    if published is None:
        published = _date_among(lines) or _date_line(region, paragraphs_too=True)
    return published, modified


@lru_cache(maxsize=4096)
def _dated_name(cid: str) -> bool:
    """Do an element's class, id and property say it holds a date? (cached: class names repeat)"""
    low = cid.lower()
    return any(k in low for k in _DATE_CLASS)


def _first_time_element(region: etree._Element):
    """The first <time datetime> of the page that is not a teaser's (inside a link or a list item), when
    the article's region has none: a header block above the body's region dates the article."""
    root = region.getroottree().getroot()
    for el in root.iter("time"):
        if el.get("datetime") and not any(a.tag in ("a", "li") for a in el.iterancestors()):
            if found := parse_machine_date(el.get("datetime")):
                return found
    return None


def _around(blocks: list[Block], paragraphs: list[Block]) -> list[str]:
    """The texts of the body's blocks next to its paragraphs: the last few before the first (a byline, a date
    line) and the first two after the last (a date at the foot), nearest first."""
    if not paragraphs:
        return []
    first, last = paragraphs[0].position, paragraphs[-1].position
    before = [b.text for b in blocks if b.position < first][-BYLINE_HEAD_BLOCKS:]
    after = [b.text for b in blocks if b.position > last][:AFTER_BODY_LINES]
    return before[::-1] + after


def _opens_with_date_word(text: str) -> bool:
    """Does ``text`` open with a number or a date's word (a day's, a month's): a cheap test before reading it all."""
    first = text.split(None, 1)[0].strip(_DATE_WORD_MARKS) if text.strip() else ""
    return first.isdigit() or fold(first) in DATE_WORDS


_DATE_WORD_MARKS = "،,.-:/()"


def _date_among(lines: list[str]):
    """The date of the first of ``lines`` (the body's lines before its first paragraph and after its last) that
    is a date and little else, or a byline and a date ("كتب: محمد علي - 3 ديسمبر 2025", "نُشر بتاريخ 3 ديسمبر
    2025"); never an update's. None when none is."""
    return next((found for text in lines if (found := _line_date(text, bylines=True))), None)


def _date_line(region: etree._Element, *, paragraphs_too: bool = False):
    """The first short line of the article's region that is a date and little else ("12 مايو 2024",
    "نشر في: 2024/05/12 - 09:23"), whatever its class: a written date, never a guess (no dateparser).
    ``paragraphs_too``: in a <p> as well (a last resort: a comment's date may stand in one)."""
    skipped = _NO_DATE_LINE_TAGS[1:] if paragraphs_too else _NO_DATE_LINE_TAGS
    for el in region.iter():
        if not isinstance(el.tag, str) or len(el) > MAX_DATE_LINE_CHILDREN or el.tag in skipped:
            continue
        if (text := text_of(el)) and (found := _line_date(text, bylines=paragraphs_too)):
            return found
    return None


def _line_date(text: str, *, bylines: bool = False):
    """The date of a line that is a date and little else; ``bylines``: or of a byline and its date."""
    if _a_date_alone(text):
        return parse_text_date(text, allow_dateparser=False)
    written = attr.byline_date(text) if bylines else None
    return parse_text_date(written, allow_dateparser=False) if written else None


_NO_DATE_LINE_TAGS = ("p", "a", "li", "h1", "h2", "h3")      # a date line stands in none (in a <p> last of all)


def _a_date_alone(text: str) -> bool:
    """Is ``text`` a date and little else: a short line, or a longer one whose every word is a date's (a number,
    a month's or a day's name, هـ, م, الموافق: "الثلاثاء 21 ربيع الآخر 1447 هـ الموافق 14 أكتوبر 2025 م")? Never
    an update's line."""
    if UPDATE_LABEL.search(text):
        return False
    if len(text) <= MAX_DATE_LINE_CHARS and len(text.split()) <= MAX_DATE_LINE_WORDS:
        return True
    return len(text) <= MAX_DATE_ELEMENT_CHARS and all(t.key.isdigit() or t.key in DATE_WORDS
                                                       for t in words(tokens(text)))


_LEDE_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_SENTENCE_END = (".", "؟", "?", "!", ".\"", ".»", ".”", "…")


def _reads_as_paragraph(text: str) -> bool:
    """A paragraph's sentence, not a dek's phrase: fifteen words or more, closed by a full stop or a
    question or exclamation mark."""
    return len(text.split()) >= MIN_LEDE_SENTENCE_WORDS and text.rstrip().endswith(_SENTENCE_END)


# What a lede in its own element is never set in: a link, an aside, a caption, an address, a time, a label, an
# item of a list, a footer. Any other element of text may hold one (a paragraph, a box, an emphasis, a quote,
# <big>, <mark>, a tag no list names): the prose it holds tells.
_NOT_LEDE_BOXES = frozenset({"a", "aside", "figcaption", "caption", "address", "time", "label", "legend", "li", "dt",
                             "summary", "footer", "menu", "button", "select", "textarea", "option", "code", "pre",
                             "article"})
# What a lede, one paragraph of prose, never holds.
_WIDGET_TAGS = ("form", "input", "fieldset", "label", "select", "button", "h2", "h3", "h4", "h5", "h6", "li")


def _lede_and_links(box: etree._Element, order: dict, m: Measures) -> tuple[Block, list[RelatedBlock]] | None:
    """A lede and the story links a reader is offered after it, in one box: its first element a paragraph
    of prose, every element after it a read-also line or a run of story links (what a link box under a
    heading no grammar reads is made of). (lede, read-also blocks), else None."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) < 2 or (box.text and not box.text.isspace()) \
            or any(c.tail and not c.tail.isspace() for c in children[:-1]):
        return None
    first, text = children[0], m.text(children[0])
    sentence = first.tag in _LEDE_HEADINGS and _reads_as_paragraph(text)      # a lede set in a heading
    if len(text.split()) < MIN_LEDE_WORDS or m.link_length(first) > MAX_PROSE_LINK_SHARE * len(text) \
            or next((e for e in first.iter(*_WIDGET_TAGS) if not (sentence and e is first)), None) is not None:
        return None
    offered = []
    for el in children[1:]:
        items = lead_in_link(el, m) or link_list_items(el, m)
        if not items:
            return None
        offered.append(RelatedBlock(el, READ_ALSO, position=order.get(el, 0), items=items))
    return Block(text, order.get(first, 0)), offered


def _lede_before(container: etree._Element, title_el: etree._Element | None, order: dict, m: Measures
                 ) -> tuple[Block | None, list[RelatedBlock]]:
    """A lede in its own element just before the body element (often bold, often og:description) is
    the article's first paragraph, unless it sits in the headline's own header area (then a dek); with the
    story links boxed after it, if any (``_lede_and_links``)."""
    prev, hops = container.getprevious(), 0
    offered: list[RelatedBlock] = []   # read-also lines between the lede and the body
    while prev is not None and hops < LEDE_HOPS:
        if not isinstance(prev.tag, str) or prev.tag in ("script", "style", "figure", "img", "time", "br"):
            hops += 1
            prev = prev.getprevious()
            continue
        text = m.text(prev)
        if not text:                   # nothing to a reader (what a related line taken out left): no hop
            prev = prev.getprevious()
            continue
        hops += 1
        if prev.tag in ("h1", "header", "nav", "ul", "ol", "table", "form") or \
                (title_el is not None and any(el is title_el for el in prev.iter())):
            return None, []
        inner = _wrapped(prev, m)        # a box (or two) that holds one heading alone: the heading's
        said = text if inner is prev else m.text(inner)
        if inner.tag in _LEDE_HEADINGS and _reads_as_paragraph(said) and len(inner) <= MAX_LEDE_CHILDREN \
                and m.link_length(inner) <= MAX_PROSE_LINK_SHARE * len(said):
            return Block(said, order.get(inner, 0)), offered   # a lede set in a heading: a whole sentence
        if prev.tag in ("div", "section") and (boxed := _lede_and_links(prev, order, m)):
            return boxed[0], boxed[1] + offered
        if items := lead_in_link(prev, m):
            offered.append(RelatedBlock(prev, READ_ALSO, position=order.get(prev, 0), items=items))
            prev = prev.getprevious()
            continue                     # a read-also line between the lede and the body: look on
        # (an <article> that holds one paragraph alone is its box, as a <div> is: no teaser is a paragraph alone)
        boxed_alone = prev.tag == "article" and inner is not prev and inner.tag == "p"
        if prev.tag in _NOT_LEDE_BOXES and not boxed_alone or len(text.split()) < MIN_LEDE_WORDS \
                or m.link_length(prev) > MAX_PROSE_LINK_SHARE * len(text) or len(prev) > MAX_LEDE_CHILDREN:
            return None, []
        if next(prev.iter(*_WIDGET_TAGS), None) is not None:
            return None, []              # a widget (a poll's question and answers, a box with its heading)
        return Block(text, order.get(prev, 0)), offered
    return None, []


def _wrapped(box: etree._Element, m: Measures) -> etree._Element:
    """The element a chain of boxes (div, section, article) with one child of text each and no text of their own
    comes down to, or ``box``."""
    while box.tag in ("div", "section", "article") and not (box.text or "").strip() \
            and (child := only_child(box, m)) is not None and not (child.tail or "").strip():
        box = child
    return box


def _titled_with_site_name(title: str, meta: Meta) -> bool:
    """The page's headline is the site's own name (a homepage's <h1> logo, its <title>)."""
    own = [n for n in (meta.site_name, meta.publisher) if n]
    return bool(title) and any(fold(title) == fold(n) for n in own)


def _headline_in_title(title_el: etree._Element | None, title: str, meta: Meta) -> bool:
    """No <h1>, but a heading of the page is the headline the <title> names (four words or more)."""
    if title_el is None or title_el.tag == "h1" or len(title.split()) < MIN_HEADLINE_WORDS:
        return False
    return any(fold(title) in fold(t) for t in (meta.html_title, meta.og_title) if t)


def _headline_with_body(title_el: etree._Element | None, container: etree._Element) -> bool:
    """The page's own structure says "one article": its <h1> headline and the body text sit in one
    <article> element (listings put each teaser in its own <article>, under an <h2>/<h3>)."""
    if title_el is None or title_el.tag != "h1":
        return False
    wrappers = [container] if container.tag == "article" else []
    wrappers += list(container.iterancestors("article"))
    return any(title_el in set(w.iter("h1")) for w in wrappers)


def _article_region(container: etree._Element) -> etree._Element:
    """Where bylines, dates and source labels of the article live: its <article>, else 2 levels up."""
    for anc in container.iterancestors("article"):
        return anc
    region = container
    for _ in range(REGION_LEVELS):
        if region.getparent() is not None and region.getparent().tag != "body":
            region = region.getparent()
    return region


def _skip_regions(root: etree._Element) -> None:
    """Drop promos a page lets readers skip ("تخطى ... وواصل القراءة" links to an end marker)."""
    for a in list(root.iter("a")):
        href = a.get("href") or ""
        if not href.startswith("#") or len(href) < 2 or not fold(text_of(a)).startswith(("تخطي", "skip")):
            continue
        target = href[1:]
        name = _skip_name(text_of(a))
        for anc in a.iterancestors():
            if anc.tag in ("body", "main", "article"):
                break
            # The target by its id, or (ids renamed, the link's # left as it was) the end marker the
            # region closes with: its own name followed by "نهاية" / "end".
            if any(el.get("id") == target or (name and _is_end_marker(el, name)) for el in anc.iter()):
                if anc.getparent() is not None:
                    drop(anc)
                break


def _skip_name(link_text: str) -> str:
    """The region a skip link names: "تخطى يستحق الانتباه وواصل القراءة" -> folded "يستحق الانتباه"."""
    words = fold(link_text).split()
    if words and words[0] in ("تخطي", "skip"):
        words = words[1:]
    for stop in ("وواصل", "واصل", "and", "continue"):
        if stop in words:
            words = words[:words.index(stop)]
    return " ".join(words)


def _is_end_marker(el: etree._Element, name: str) -> bool:
    if not isinstance(el.tag, str) or len(el) or not el.text or len(el.text.strip()) > MAX_LABEL_VALUE_CHARS:
        return False
    folded = fold(el.text)
    return folded in (f"{name} نهايه", f"نهايه {name}", f"{name} end", f"end of {name}")


def _base_url(root: etree._Element, url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return urljoin(url or "", base.get("href"))
    return url


_SEPARATOR = re.compile(r"\s+[-–—|:]\s+|\s*[|｜]\s*")


def _title_suffix(html_title: str | None, title: str) -> str | None:
    """The site's name a <title> adds after the headline ("… | المدينة نيوز"): at most four words."""
    if not html_title or not title:
        return None
    rest = clean(html_title)
    if not fold(rest).startswith(fold(title)[:TITLE_PREFIX_CHARS]):
        return None
    parts = [p for p in _SEPARATOR.split(rest[len(title):] if rest.startswith(title) else rest) if p.strip()]
    last = clean(parts[-1]) if parts else ""
    return last if last and 1 <= len(last.split()) <= MAX_SITE_NAME_WORDS and fold(last) != fold(title) else None


def _opener(first: str) -> str | None:
    """What opens a first sentence before its dash ("المدينة نيوز - ..."): at most four words."""
    m = re.match(r"^\s*([^-–—:()\d]{2,40}?)\s+[-–—:]\s", first)
    return clean(m.group(1)) if m and len(m.group(1).split()) <= MAX_SITE_NAME_WORDS else None


def _domain_label(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host.split(".")[0] if host else None


def _lang(meta: Meta, body: str) -> str | None:
    if meta.lang:
        return meta.lang.split("_")[0].split("-")[0].lower()
    return "ar" if mostly_arabic(body) else None

