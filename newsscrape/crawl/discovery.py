"""Finding article URLs: sitemap indexes, (news) sitemaps, RSS/Atom feeds and listing pages.

Pure functions over response bodies, so they are tested without a crawl. XML is parsed with entity
resolution and network access off (no XXE, no billion laughs).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from ..sites import Profile
from ..text.dates import parse_machine_date

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
MAX_SITEMAP_BYTES = 50 * 1024 * 1024

# Paths that are listings, not articles, whatever the site.
_NOT_ARTICLE = re.compile(
    r"/(?:tags?|topics?|category|categories|section|sections|author|authors|writer|search|page|feed|rss|"
    r"video|videos|gallery|photos?|login|register|about|contact|privacy|terms|newsletter|subscribe)(?:/|$)",
    re.I)
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|css|js|pdf|zip|mp[34]|xml|json|ico)$", re.I)
_NEXT_TEXT = re.compile(r"^\s*(?:التالي|التالية|الصفحة التالية|المزيد|next|older|›|»|>)\s*$", re.I)
_PAGINATION = re.compile(r"/page/\d+/?$|[?&](?:page|p|pg)=\d+")


@dataclass(frozen=True)
class Entry:
    url: str
    published: datetime | date | None = None


def local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def xml_body(body: bytes) -> bytes | None:
    """The XML document in a response body (gunzipped, at most MAX_SITEMAP_BYTES), or None when the
    body is not one."""
    if body[:2] == b"\x1f\x8b":
        from scrapy.utils.gz import gunzip

        try:
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except Exception:  # corrupt or bomb: not a sitemap we can read
            return None
    head = body[:512].lstrip()
    if not (head.startswith(b"<?xml") or head.startswith(b"<urlset") or head.startswith(b"<sitemapindex")
            or head.startswith(b"<rss") or head.startswith(b"<feed") or head.startswith(b"\xef\xbb\xbf<?xml")):
        return None
    return body


def xml_tree(xml: bytes) -> etree._Element | None:
    """The tree of an XML document ``xml_body`` gave (a feed: small, read whole), or None."""
    try:
        return etree.fromstring(xml, parser=_XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _events(xml: bytes, events: tuple[str, ...]):
    return etree.iterparse(io.BytesIO(xml), events=events, resolve_entities=False, no_network=True, recover=True,
                           huge_tree=False)


def xml_kind(xml: bytes | None) -> str:
    """sitemapindex, urlset, feed or html, from the document's first element (nothing else is read)."""
    if xml is None:
        return "html"
    try:
        for _, element in _events(xml, ("start",)):
            name = local(element.tag)
            if name in ("sitemapindex", "urlset"):
                return name
            return "feed" if name in ("rss", "feed", "rdf") else "html"
    except (etree.XMLSyntaxError, ValueError):
        pass
    return "html"


def iter_sitemap(xml: bytes) -> Iterator[Entry]:
    """A sitemap's (or index's) entries as the parser reads them, each element freed once read: a
    150,000-URL sitemap never stands in memory as a tree (about 90 MB for 16 MB of XML)."""
    try:
        for _, node in _events(xml, ("end",)):
            if local(node.tag) not in ("url", "sitemap"):
                continue
            entry = _entry(node)
            node.clear()
            parent = node.getparent()
            while parent is not None and node.getprevious() is not None:
                del parent[0]
            if entry is not None:
                yield entry
    except (etree.XMLSyntaxError, ValueError):
        return                                  # what was read stands; the rest of a broken file is lost


def _entry(node: etree._Element) -> Entry | None:
    loc = published = lastmod = None
    for child in node.iter():
        name = local(child.tag)
        if name == "loc" and loc is None and child.text:
            loc = child.text.strip()
        elif name == "publication_date":
            published = _date(child.text)
        elif name == "lastmod":
            lastmod = _date(child.text)
    return Entry(loc, published or lastmod) if loc else None


def _date(text: str | None) -> datetime | date | None:
    if not text or not text.strip():
        return None
    text = text.strip()
    if re.match(r"^[A-Za-z]{3},|^\d{1,2} [A-Za-z]{3} \d{4}", text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    return parse_machine_date(text)


def feed_entries(root: etree._Element, base: str) -> list[Entry]:
    out = []
    for item in root.iter():
        if local(item.tag) not in ("item", "entry"):
            continue
        link = when = None
        for child in item:
            name = local(child.tag)
            if name == "link":
                href = child.get("href") or (child.text or "").strip()
                rel = child.get("rel", "alternate")
                if href and rel == "alternate" and link is None:
                    link = href
            elif name == "guid" and link is None and (child.text or "").startswith("http") \
                    and child.get("isPermaLink", "true") != "false":
                link = child.text.strip()
            elif name in ("pubdate", "published", "date", "updated") and when is None:
                when = _date(child.text)
        if link:
            out.append(Entry(urljoin(base, link), when))
    return out


def looks_like_article_url(url: str, profile: Profile) -> bool:
    parts = urlsplit(url)
    path = unquote(parts.path)
    if profile.article_re is not None:
        return bool(profile.article_re.search(path))
    if _ASSET.search(path) or _NOT_ARTICLE.search(path) or path in ("", "/"):
        return False
    segments = [s for s in path.split("/") if s]
    last = segments[-1] if segments else ""
    if last in ("index.html", "index.php") and len(segments) > 1:
        last = segments[-2]
    return bool(re.search(r"\d{4,}", path)) or last.count("-") >= 2 or len(last) >= 20 or \
        bool(re.search(r"/\d{4}/\d{1,2}/", path)) or \
        bool(re.search(r"/(?:article|articles|story|stories|post|posts)/[^/]*\d[^/]*/?$", path))


def listing_links(root: etree._Element, base: str) -> tuple[list[str], list[str]]:
    """(links, next pages) of an HTML listing page, absolute, in page order, each once."""
    links: list[str] = []
    nexts: list[str] = []
    seen: set[str] = set()
    for el in root.iter("a", "link"):
        href = (el.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        rel = (el.get("rel") or "").lower()
        if el.tag == "link":
            if rel == "next":
                nexts.append(url)
            continue
        if rel == "next" or _NEXT_TEXT.match("".join(el.itertext())) or _PAGINATION.search(url):
            nexts.append(url)
            continue
        if url not in seen:
            seen.add(url)
            links.append(url)
    return links, list(dict.fromkeys(nexts))
