"""Metadata from JSON-LD, OpenGraph, meta tags and microdata, read from one parsed tree.

JSON-LD is read block by block: real pages carry invalid blocks (CDATA wrappers, HTML comments,
raw newlines inside strings, trailing commas), and one broken block must not cost the others.
(extruct's JsonLdExtractor raises for the whole page on the first bad block, which is why this step
parses each block itself with the standard library's json.)
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .embedded import state_scripts
from .thresholds import MAX_JSON_LD_DEPTH

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
                 "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "WebPage"}
LISTING_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"}
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


@dataclass
class Meta:
    headline: str | None = None
    og_title: str | None = None
    html_title: str | None = None
    description: str | None = None
    site_name: str | None = None
    canonical: str | None = None
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    publisher: str | None = None
    source_org: str | None = None
    author_orgs: list[str] = field(default_factory=list)   # organisations named as author (agencies?)
    lang: str | None = None
    og_type: str | None = None
    is_article: bool = False
    is_listing: bool = False            # JSON-LD CollectionPage / ItemList / SearchResultsPage: a list of links
    article_body: str | None = None                         # JSON-LD articleBody
    states: list[str] = field(default_factory=list)         # embedded app states (JSON text), read lazily


# <meta> names and properties that carry the publication time, most trusted first (the ones CMSs and
# analytics tags write: OpenGraph, Dublin Core, Parse.ly, Sailthru, Swiftype, news sitemaps' own).
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "og:published_time", "pubdate",
    "publishdate", "publish-date", "publish_date", "article.published", "article_date_original", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "dcterms.date", "original-publish-date",
    "cxenseparse:recs:publishtime", "published_time", "date", "created",
)


def parse_json_ld(text: str) -> list[dict]:
    """All objects of one ld+json block (flattening @graph and lists); [] when it cannot be read."""
    s = text.strip()
    if "<![CDATA[" in s or "]]>" in s:   # (the pattern tries every position: most blocks have neither)
        s = _CDATA.sub("", s).strip()
    if s.startswith("<!--") or s.endswith("-->"):
        s = s.removeprefix("<!--").removesuffix("-->").strip()
    data: Any = None
    for attempt in (s, _TRAILING_COMMA.sub(r"\1", s)):
        try:
            data = json.loads(attempt, strict=False)
            break
        except (ValueError, RecursionError):    # a block nested deeper than Python's stack: unreadable
            continue
    out: list[dict] = []
    _flatten(data, out)
    return out




def _flatten(node: Any, out: list[dict]) -> None:
    """The objects of a JSON-LD value in document order, into ``out`` (lists and @graph opened); walked
    with a stack of its own, so no nesting reaches Python's recursion limit."""
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_LD_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((n, depth + 1) for n in reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append((item["@graph"], depth + 1))


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    return {str(x) for x in t} if isinstance(t, list) else {str(t)} if t else set()


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if "Organization" in " ".join(_types(value)):
            return []
        n = value.get("name")
        return [n] if isinstance(n, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _org_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _org_names(v)]
    if isinstance(value, dict) and "Organization" in " ".join(_types(value)):
        n = value.get("name")
        return [n] if isinstance(n, str) else []
    return []


def _org_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        n = value.get("name")
        return n if isinstance(n, str) else None
    return value if isinstance(value, str) else None


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _microdata(root: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """The elements below ``root`` with an ``itemprop``, and those with an ``itemtype``, in document order:
    one walk that reads each element's attribute names once (two ElementPath searches walked it twice)."""
    with_prop: list[etree._Element] = []
    with_type: list[etree._Element] = []
    for el in root.iterdescendants(etree.Element):
        keys = el.keys()
        if keys:
            if "itemprop" in keys:
                with_prop.append(el)
            if "itemtype" in keys:
                with_type.append(el)
    return with_prop, with_type


def read_metadata(root: etree._Element) -> Meta:
    meta = Meta()
    props: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and content.strip():
            props.setdefault(key, []).append(html.unescape(content.strip()))

    def first(*keys: str) -> str | None:
        for k in keys:
            if props.get(k):
                return props[k][0]
        return None

    for script in root.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json" or not script.text:
            continue
        for obj in parse_json_ld(script.text):
            types = _types(obj)
            if types & ARTICLE_TYPES and (obj.get("headline") or obj.get("articleBody")
                                           or obj.get("datePublished")):
                if types - {"WebPage"}:
                    meta.is_article = True
                if isinstance(obj.get("articleBody"), str) and not meta.article_body:
                    meta.article_body = html.unescape(obj["articleBody"])
                if isinstance(obj.get("headline"), str) and not meta.headline:
                    meta.headline = html.unescape(obj["headline"])
                if isinstance(obj.get("datePublished"), str):
                    meta.published.append(obj["datePublished"])
                if isinstance(obj.get("dateModified"), str):
                    meta.modified.append(obj["dateModified"])
                meta.authors += _names(obj.get("author"))
                meta.author_orgs += _org_names(obj.get("author"))
                meta.publisher = meta.publisher or _org_name(obj.get("publisher"))
                meta.source_org = meta.source_org or _org_name(obj.get("sourceOrganization"))
                section = obj.get("articleSection")
                if isinstance(section, list):
                    section = section[-1] if section else None
                meta.section = meta.section or (section if isinstance(section, str) else None)
                kw = obj.get("keywords")
                if isinstance(kw, str):
                    meta.tags += [k.strip() for k in re.split(r"[,،]", kw) if k.strip()]
                elif isinstance(kw, list):
                    meta.tags += [k.strip() for k in kw if isinstance(k, str) and k.strip()]
                meta.image = meta.image or _first_str(obj.get("image"))
                if isinstance(obj.get("inLanguage"), str):
                    meta.lang = meta.lang or obj["inLanguage"]
            elif types & LISTING_TYPES:
                meta.is_listing = True
            elif "NewsMediaOrganization" in types or "Organization" in types:
                meta.publisher = meta.publisher or _org_name(obj)

    meta.states = state_scripts(root)
    meta.og_title = first("og:title", "twitter:title")
    title_el = root.find(".//title")
    if title_el is not None and title_el.text:
        meta.html_title = title_el.text.strip()
    meta.description = first("og:description", "description", "twitter:description")
    meta.site_name = first("og:site_name", "application-name")
    if meta.site_name and meta.site_name.startswith("http"):
        meta.site_name = next((s for s in props.get("og:site_name", []) if not s.startswith("http")), None)
    meta.published += [v for key in _PUBLISHED_KEYS for v in props.get(key, [])]
    meta.modified += props.get("article:modified_time", []) + props.get("datemodified", []) \
        + props.get("og:updated_time", [])
    with_prop, with_type = _microdata(root)
    for el in with_prop:
        prop = el.get("itemprop")
        if prop in ("datePublished", "dateModified") and el.tag != "meta":
            value = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None)
            if value:
                (meta.published if prop == "datePublished" else meta.modified).append(value)
    for el in root.iterfind(".//time[@datetime]"):
        cls = (el.get("class") or "").lower()
        if "published" in cls or el.get("pubdate") is not None:
            meta.published.append(el.get("datetime"))
    if not meta.authors:
        meta.authors = props.get("author", []) + props.get("article:author", [])
    meta.section = meta.section or first("article:section")
    if not meta.tags:
        for t in props.get("article:tag", []) or props.get("keywords", []) or props.get("news_keywords", []):
            meta.tags += [k.strip() for k in re.split(r"[,،]", t) if k.strip()]
    meta.image = meta.image or first("og:image", "twitter:image", "og:image:url")
    link = root.find(".//link[@rel='canonical']")
    meta.canonical = (link.get("href") if link is not None else None) or first("og:url")
    meta.lang = meta.lang or root.get("lang") or first("og:locale", "language", "content-language")
    for el in with_type:                                  # microdata: itemtype="http://schema.org/BlogPosting"
        if el.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1] in ARTICLE_TYPES - {"WebPage"}:
            meta.is_article = True
            break
    meta.og_type = first("og:type")
    if meta.og_type and meta.og_type.lower() == "article":
        meta.is_article = True
    return meta
