"""The article a page carries as data: JSON-LD's ``articleBody`` and an app's embedded state.

Client-rendered pages (Next.js' ``__NEXT_DATA__``, Nuxt, a ``window.__INITIAL_STATE__ = {…}``
assignment, a ``<script type="application/json">``) hold the whole story in a script while their HTML
holds little or none of it. ``read_embedded`` finds the object that holds the longest body-like text
and reads its headline, date and authors beside it; extraction uses it when the HTML holds less text.
Bounded: scripts past ``MAX_SCRIPT_CHARS`` and objects past ``MAX_NODES`` are not read.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..text.arabic import clean
from ..text.cues import MORE, READ_ALSO, SIMILAR, parse_cue
from .thresholds import (
    MAX_ASSIGNMENTS,
    MAX_ITEM_DEPTH,
    MAX_NODES,
    MAX_RICH_TEXT_DEPTH,
    MAX_SCRIPT_CHARS,
    MIN_BODY_CHARS,
    MIN_STATE_LIST_ITEMS,
    MIN_TEXT_BLOCKS,
)

_BODY_KEYS = ("articleBody", "body", "content", "text", "bodyHtml", "body_html", "contentHtml", "content_html",
              "html", "articleText", "fullText", "description_long", "story", "value")
_TITLE_KEYS = ("headline", "title", "name", "heading")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
              "firstPublished", "createdAt", "created_at", "date", "pubDate")
_AUTHOR_KEYS = ("author", "authors", "byline", "writer")
_ASSIGNMENT = re.compile(r"^\s*(?:window\.|var\s+|let\s+|const\s+)?(__[A-Z_]+__|__NUXT__|__APOLLO_STATE__)\s*=\s*")
# JSON assigned to a name of the app's own anywhere in a script ("Fusion.globalContent={"…), told by its
# shape: an object that opens with a quoted key (a JavaScript literal's keys are bare).
_JSON_ASSIGNMENT = re.compile(r"(?:^|[;\s{(,])(?:var\s+|let\s+|const\s+)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*"
                              r"\s*=\s*(?=\{\s*\")")
# Blocks of a story kept as a list that are no text of it: pictures, embeds, raw markup, ads, links out.
# By the words of its type ("raw_html", "oembed_response", "image"), never a part of one ("heading" holds "ad").
_NOT_TEXT_BLOCKS = frozenset(("image", "img", "photo", "picture", "video", "gallery", "embed", "oembed", "raw", "ad",
                              "ads", "advert", "advertisement", "interstitial", "link", "audio", "iframe", "tweet"))
_TYPE_WORDS = re.compile(r"[a-z]+")
_HTML_HINT = re.compile(r"<(?:p|div|br|h[2-6]|ul|li|blockquote)\b", re.I)


@dataclass
class Embedded:
    paragraphs: list[str]
    links: dict[str, str] = field(default_factory=dict)    # a link's text -> its address, when the body is HTML
    headline: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    related: list[dict] = field(default_factory=list)     # {"title", "url", "kind"} of the state's story lists


def state_scripts(root: etree._Element) -> list[str]:
    """The JSON texts of the page's embedded app states (read before scripts are stripped)."""
    out = []
    flight: list[str] = []
    for script in root.iter("script"):
        text = script.text
        if not text or len(text) > MAX_SCRIPT_CHARS:
            continue
        kind = (script.get("type") or "").lower().strip()
        if script.get("id") == "__NEXT_DATA__" or kind == "application/json":
            out.append(text)
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            if (chunk := _flight_chunk(text)) is not None:
                flight.append(chunk)
                continue
            # an app state assigned to "__NAME__", else the script whole: its JSON assignments are looked for
            # only on a page whose HTML is thin (``read_embedded``), not on every page
            out.append(text[m.end():].strip().rstrip(";") if (m := _ASSIGNMENT.match(text)) else text)
    if flight and sum(map(len, flight)) <= MAX_SCRIPT_CHARS:
        out += _flight_values("".join(flight))
    return out


# Next.js' app router streams its server components' data as chunks of text pushed by scripts
# (``self.__next_f.push([1, "…"])``); joined, the text is lines of an id, a colon and a JSON value.
_FLIGHT_START = re.compile(r"\s*(?:self\.)?__next_f\.push\(")      # what a flight script opens with
_FLIGHT_LINE = re.compile(r"[0-9A-Za-z]+:(?=[\[{])")


def _flight_chunk(text: str) -> str | None:
    """The text a flight script pushes, else None (any other script)."""
    if not (m := _FLIGHT_START.match(text)):
        return None
    try:
        data = _DECODER.raw_decode(text, m.end())[0]
    except (ValueError, RecursionError):
        return None
    return data[1] if isinstance(data, list) and len(data) > 1 and isinstance(data[1], str) else None


def _flight_values(text: str) -> list[str]:
    """The JSON values of the flight data's lines (those that hold one), as state texts."""
    return [line[m.end():] for line in text.split("\n") if (m := _FLIGHT_LINE.match(line))]


def read_embedded(article_body: str | None, states: list[str]) -> Embedded | None:
    """The article a page carries as data, or None: JSON-LD's body first, else the richest state object."""
    best: tuple[int, dict | None, str, dict[str, str]] = (0, None, "", {})
    state: Any = None
    for data in _values(states):
        for obj, value, block_links in _bodies(data):
            size = len(value)
            if size > best[0]:
                best, state = (size, obj, value, block_links), data
    body = article_body if article_body and len(article_body) >= MIN_BODY_CHARS else None
    if body is None and best[1] is None:
        return None
    if body is not None and best[0] <= len(body):
        return Embedded(*paragraphs_and_links(body))
    obj, value, block_links = best[1], best[2], best[3]
    paragraphs, links = paragraphs_and_links(value)
    return Embedded(paragraphs, {**block_links, **links}, headline=_first(obj, _TITLE_KEYS),
                    published=_first(obj, _DATE_KEYS), authors=_authors(obj), related=_story_lists(state))


_LINK_KEYS = ("url", "href", "link", "path", "permalink", "uri", "canonicalUrl", "canonical_url")
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")     # "relatedNews" -> related, News; "most_read"
_KINDS = (READ_ALSO, SIMILAR, MORE)


def _list_kind(key: str) -> str | None:
    """The kind of story list a state's key names when its words, all of them, read as a list's heading
    ("related", "relatedArticles", "most_read", "similar-posts"); None for any other key ("items", "menu")."""
    words = [w.lower() for w in _KEY_WORDS.findall(key)]
    found = parse_cue(words) if words else None
    return found[0] if found and found[1] == len(words) and found[0] in _KINDS else None


def _story_lists(data: Any) -> list[dict]:
    """The story lists an app state keeps beside its article, in the order the state writes them: a list of
    objects each with a title and an address, under a key that reads as a related list's heading; the walk
    bounded by ``MAX_NODES``."""
    out: list[dict] = []
    queue, seen = deque([data]), 0
    while queue and seen < MAX_NODES:
        node = queue.popleft()
        seen += 1
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, list) and len(value) >= MIN_STATE_LIST_ITEMS and (kind := _list_kind(key)):
                    items = [(t, u) for v in value if isinstance(v, dict) and all(tu := _title_and_link(v))
                             for t, u in [tu]]
                    if len(items) == len(value):
                        out += [{"title": t, "url": u, "kind": kind} for t, u in items]
        queue.extend(v for v in children if isinstance(v, (dict, list)))
    return out


def _title_and_link(item: dict) -> tuple[str | None, str | None]:
    """A story list item's title and address: its own, or those of the objects it wraps, a level or two down
    (Prismic's ``{"article": {"url": …, "data": {"title": …}}}``), each the first found."""
    title, link, level = None, None, [item]
    for _ in range(MAX_ITEM_DEPTH + 1):
        for obj in level:
            title = title or _first(obj, _TITLE_KEYS)
            link = link or _first(obj, _LINK_KEYS)
        if title and link:
            break
        level = [v for obj in level for v in obj.values() if isinstance(v, dict)]
    return title, link


_DECODER = json.JSONDecoder()


def _values(states: list[str]):
    """The JSON values of the states: each text's first value (code may follow it: "…};x=1"), or, for a
    script that is none, the JSON objects assigned in it (up to ``MAX_ASSIGNMENTS``)."""
    for text in states:
        try:
            yield _revived(_DECODER.raw_decode(text.lstrip())[0])
            continue
        except (ValueError, RecursionError):
            pass
        if _ESCAPED_QUOTE in text:
            try:                 # Angular's TransferState: its JSON with quotes and brackets written as entities
                yield _DECODER.raw_decode(_unescaped(text).lstrip())[0]
                continue
            except (ValueError, RecursionError):
                pass
        for n, m in enumerate(_JSON_ASSIGNMENT.finditer(text)):
            if n >= MAX_ASSIGNMENTS:
                break
            try:
                yield _DECODER.raw_decode(text, m.end())[0]
            except (ValueError, RecursionError):
                continue


# Angular's TransferState script escapes its JSON so no browser reads markup in it: &q; for a quote, &s; for an
# apostrophe, &l; and &g; for angle brackets, &a; for the ampersand (last: it opens the others).
_ESCAPED_QUOTE = "&q;"
_ENTITIES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))


def _unescaped(text: str) -> str:
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _revived(data: Any) -> Any:
    """A payload that keeps its values in one flat array, every object's fields naming other entries by their
    index (Nuxt 3's ``__NUXT_DATA__``, devalue's format: ``[{"title": 2, "body": 3}, …, "العنوان", "<p>…"]``),
    rebuilt with the entries in place of their indexes; any other value as it is."""
    if not isinstance(data, list) or len(data) < 2 or len(data) > MAX_NODES:
        return data
    objects = [v for v in data if isinstance(v, dict)]
    if not any(objects) or not all(type(x) is int for v in objects for x in v.values()) \
            or not any(isinstance(v, str) for v in data):
        return data
    built: list[Any] = [{} if isinstance(v, dict) else [] if isinstance(v, list) else v for v in data]

    def entry(x: Any) -> Any:
        return built[x] if type(x) is int and 0 <= x < len(data) else x

    for shell, v in zip(built, data, strict=True):
        if isinstance(v, dict):
            shell.update((k, entry(x)) for k, x in v.items())
        elif isinstance(v, list):
            shell.extend(entry(x) for x in v)
    return built[0]


def _bodies(data: Any):
    """(object, text, links) for each body-like string of at least ``MIN_BODY_CHARS`` in a JSON tree (a rich-text
    tree's with the addresses its link nodes give their text), the walk bounded by ``MAX_NODES``. A string that is
    itself JSON (an API's answer kept as text: ``{"body": "{\\"title\\": …}"}``) is walked, not read as text."""
    stack, seen = [data], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            for key in _BODY_KEYS:
                value = node.get(key)
                if isinstance(value, dict):          # WordPress' REST API: {"rendered": "<p>…"}
                    value = next((value[k] for k in ("rendered", "html", "text", "value")
                                  if isinstance(value.get(k), str)), value)
                if isinstance(value, str) and len(value) >= MIN_BODY_CHARS and " " in value:
                    if (inner := _json_in(value)) is not None:
                        stack.append(inner)
                    else:
                        yield node, value, {}
                elif isinstance(value, (list, dict)):
                    links: dict[str, str] = {}
                    joined = _block_text(value, links=links)
                    if len(joined) >= MIN_BODY_CHARS:
                        yield node, joined, links
            for key, value in node.items():
                # a story kept as a list of text blocks under a key no list names ("content_elements")
                if key not in _BODY_KEYS and isinstance(value, list) and len(value) >= MIN_TEXT_BLOCKS \
                        and all(isinstance(v, dict) for v in value):
                    links = {}
                    if len(joined := _block_text(value, links=links)) >= MIN_BODY_CHARS and " " in joined:
                        yield node, joined, links
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))


def _json_in(text: str) -> Any:
    """The object or array a string holds as JSON text, else None."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


_HREF_KEYS = ("href", "uri", "url")


def _href(node: dict) -> str | None:
    """The address a rich-text node links its text to: its own (``href``, ``uri``, ``url``) or in its ``data``
    (Contentful's ``{"nodeType": "hyperlink", "data": {"uri": …}}``)."""
    for where in (node, node.get("data")):
        if isinstance(where, dict):
            for key in _HREF_KEYS:
                if isinstance(v := where.get(key), str) and v.strip():
                    return v.strip()
    return None


_CHILD_KEYS = ("children", "content")    # where a rich-text node keeps the nodes inside it


def _nested(node: Any) -> bool:
    return isinstance(node, dict) and any(isinstance(node.get(k), list) for k in _CHILD_KEYS)


def _block_text(block: Any, depth: int = 0, links: dict[str, str] | None = None) -> str:
    """The text of a rich-text tree, one paragraph a line: content blocks (``{"type": "paragraph",
    "text": …}``), Contentful's and Portable Text's nested ``content``/``children`` nodes. A link node's text
    runs in with its paragraph's, and its address goes into ``links``: a node's own address (Contentful's
    hyperlink), or the one a span's mark names among its block's ``markDefs`` (Portable Text)."""
    if depth > MAX_RICH_TEXT_DEPTH:
        return ""
    if isinstance(block, list):
        return "\n".join(t for v in block if (t := _block_text(v, depth + 1, links)))
    if not isinstance(block, dict):
        return ""
    kind = block.get("type")
    if isinstance(kind, str) and not _NOT_TEXT_BLOCKS.isdisjoint(_TYPE_WORDS.findall(kind.lower())):
        return ""
    for key in ("text", "html", "value", "content"):
        v = block.get(key)
        if isinstance(v, str) and v.strip():
            if links is not None and isinstance(spans := block.get("spans"), list):
                _span_links(v, spans, links)
            return v
    for key in ("children", "content", "blocks", "nodes"):
        v = block.get(key)
        if isinstance(v, list):
            inline = all(isinstance(c, dict) and (not _nested(c) or _href(c) and not any(map(_nested, _kids(c))))
                         for c in v)
            marks = {d.get("_key"): h for d in block.get("markDefs") or () if isinstance(d, dict) and (h := _href(d))}
            parts = []
            for c in v:
                if not (t := _block_text(c, depth + 1, links)):
                    continue
                parts.append(t)
                if links is not None and isinstance(c, dict):
                    href = _href(c) if _nested(c) else next(
                        (marks[k] for k in c.get("marks") or () if isinstance(k, str) and k in marks), None)
                    if href and (name := clean(t)):
                        links.setdefault(name, href)
            return ("" if inline else "\n").join(parts)
    return ""


def _span_links(text: str, spans: list, links: dict[str, str]) -> None:
    """Into ``links``, the text each span with an address covers (Prismic's rich text: ``{"text": …, "spans":
    [{"start": 12, "end": 40, "type": "hyperlink", "data": {"url": …}}]}``)."""
    for span in spans:
        if isinstance(span, dict) and type(start := span.get("start")) is int and type(end := span.get("end")) is int \
                and 0 <= start < end <= len(text) and (href := _href(span)) and (name := clean(text[start:end])):
            links.setdefault(name, href)


def _kids(node: dict) -> list:
    return next((v for k in _CHILD_KEYS if isinstance(v := node.get(k), list)), [])


def paragraphs_and_links(body: str) -> tuple[list[str], dict[str, str]]:
    """A body as paragraphs: HTML by its blocks, plain text by its line breaks; and, for HTML, its links, each
    link's text to its address as written (the first, for a text linked twice)."""
    links: dict[str, str] = {}
    if _HTML_HINT.search(body):
        try:
            frag = etree.fromstring(f"<div>{body}</div>", etree.HTMLParser())
        except (etree.ParserError, ValueError):
            frag = None
        if frag is not None:
            for a in frag.iter("a"):
                text, href = clean(etree.tostring(a, method="text", encoding="unicode", with_tail=False)), a.get("href")
                if text and href:
                    links.setdefault(text, href.strip())
            for br in frag.iter("br"):
                br.tail = "\n" + (br.tail or "")
            out = []
            for el in frag.iter("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"):
                if el.getparent() is not None and el.getparent().tag in ("p", "li", "blockquote"):
                    continue
                for line in etree.tostring(el, method="text", encoding="unicode", with_tail=False).split("\n"):
                    if text := clean(line):
                        out.append(text)
            if out:
                return out, links
            body = etree.tostring(frag, method="text", encoding="unicode")
    return [t for line in re.split(r"\n+", body) if (t := clean(line))], links


def _first(obj: dict | None, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        v = (obj or {}).get(key)
        if isinstance(v, dict):
            v = v.get("rendered") or v.get("text") or v.get("value")
        elif isinstance(v, list) and v and all(isinstance(b, dict) and isinstance(b.get("text"), str) for b in v):
            v = " ".join(b["text"] for b in v)      # rich text's blocks: Prismic's [{"type": "heading1", "text": …}]
        if isinstance(v, str) and v.strip():
            return clean(v)
    return None


def _authors(obj: dict | None) -> list[str]:
    for key in _AUTHOR_KEYS:
        v = (obj or {}).get(key)
        items = v if isinstance(v, list) else [v]
        names = [x if isinstance(x, str) else x.get("name") for x in items if isinstance(x, (str, dict))]
        found = [clean(n) for n in names if isinstance(n, str) and clean(n)]
        if found:
            return found
    return []
