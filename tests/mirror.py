"""A real HTTP server on 127.0.0.1 that serves saved corpus pages under their original paths.

Tests write the discovery documents (sitemap index, news sitemap, RSS, paginated section pages) and
the failure cases (404, 500, a slow page) themselves; the article pages are the real saved bytes.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape

from conftest import page


@dataclass
class Article:
    site: str
    path: str            # original path (+ query), unquoted
    html: bytes
    published: str | None
    title: str


def corpus_articles(shared: Path) -> list[Article]:
    out = []
    gold_dir = shared / "corpus" / "gold"
    for gpath in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        parts = urlsplit(gold["url"])
        path = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
        html = (shared / "corpus" / "pages" / gpath.relative_to(gold_dir).with_suffix(".html")).read_bytes()
        out.append(Article(gpath.parent.name, path, html, gold.get("published"), gold["title"]))
    return out


@dataclass
class Mirror:
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    slow: dict[str, float] = field(default_factory=dict)
    custom: dict = field(default_factory=dict)      # path -> fn(handler): answers the request itself
    prefixed: dict = field(default_factory=dict)    # path prefix -> fn(handler, path): answers any path under it
    hits: dict[str, int] = field(default_factory=dict)
    proxied: list[str] = field(default_factory=list)   # absolute URLs asked of it as a proxy
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, status: int = 200, ctype: str = "text/html; charset=utf-8"):
        self.routes[path] = (status, ctype, body.encode("utf-8") if isinstance(body, str) else body)

    def start(self) -> Mirror:
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = unquote(self.path)
                if path.startswith(("http://", "https://")):    # asked as a forward proxy
                    mirror.proxied.append(path)
                    parts = urlsplit(path)
                    path = parts.path + (f"?{parts.query}" if parts.query else "")
                mirror.hits[path] = mirror.hits.get(path, 0) + 1
                if path in mirror.slow:
                    time.sleep(mirror.slow[path])
                if path in mirror.custom:
                    try:
                        mirror.custom[path](self)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                answer = next((fn for prefix, fn in mirror.prefixed.items() if path.startswith(prefix)), None)
                if answer is not None and path not in mirror.routes:
                    try:
                        answer(self, path)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                status, ctype, body = mirror.routes.get(path, (404, "text/html", b"<h1>404 Not Found</h1>"))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def read_records(path: Path) -> list[dict]:
    """The records of a JSON Lines output, checking that it never ends in a partial line."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), "partial last line"
    return [json.loads(line) for line in text.splitlines()]


def record_paths(records: list[dict]) -> list[str]:
    """The URL paths (unquoted) of records, to compare with the paths a mirror serves."""
    return [unquote(urlsplit(r["url"]).path) for r in records]


def news_sitemap(mirror: Mirror, entries: list[tuple[str, str | None]]) -> str:
    rows = []
    for path, published in entries:
        date = f"<news:news><news:publication_date>{published}</news:publication_date></news:news>" \
            if published else ""
        rows.append(f"<url><loc>{escape(mirror.url(path))}</loc>{date}</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(rows) + "</urlset>")


def sitemap_index(mirror: Mirror, paths: list[str]) -> str:
    rows = "".join(f"<sitemap><loc>{escape(mirror.url(p))}</loc></sitemap>" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/'
            f'sitemap/0.9">{rows}</sitemapindex>')


def rss(mirror: Mirror, items: list[tuple[str, str]]) -> str:
    rows = "".join(f"<item><title>{escape(t)}</title><link>{escape(mirror.url(p))}</link></item>" for p, t in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{rows}</channel></rss>'


def section_page(links: list[tuple[str, str]], next_path: str | None) -> str:
    items = "".join(f'<li><a href="{escape(p)}">{escape(t)}</a></li>' for p, t in links)
    nxt = f'<a rel="next" href="{escape(next_path)}">التالي</a>' if next_path else ""
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>أخبار</title></head><body>'
            f'<nav><a href="/">الرئيسية</a> <a href="/about">من نحن</a></nav><ul>{items}</ul>{nxt}</body></html>')


_CANONICAL = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)


def many_articles(mirror: Mirror, shared: Path, n: int, delay: float = 0.0, prefix: str = "/n") -> list[str]:
    """Serve ``n`` article pages (the corpus pages again and again, canonical links removed so each
    path is its own article) under ``prefix``/<i>/story-<i>; returns their paths."""
    arts = corpus_articles(shared)
    paths = []
    for i in range(n):
        art = arts[i % len(arts)]
        path = f"{prefix}/{i}/story-{i}-{art.site}"
        mirror.add(path, _CANONICAL.sub(b"", art.html))
        if delay:
            mirror.slow[path] = delay
        paths.append(path)
    return paths


def sitemap_site(shared: Path, n: int, delay: float = 0.0) -> Mirror:
    """A started mirror of ``n`` corpus articles (``paths``) answering after ``delay`` s, and their sitemap."""
    m = Mirror().start()
    m.paths = many_articles(m, shared, n, delay=delay)
    m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in m.paths]), ctype="application/xml")
    return m


def trickle(body: bytes, chunk: int, pause: float, ctype: str = "application/octet-stream"):
    """A custom route answering ``body`` in chunks with a pause between them (a slow download)."""
    def answer(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for k in range(0, len(body), chunk):
            handler.wfile.write(body[k:k + chunk])
            time.sleep(pause)
    return answer


def corpus_site(shared: Path, sitemap: str = "/sitemap.xml") -> tuple[Mirror, list[Article]]:
    """A started mirror serving every corpus article under its own path, and a news sitemap of them all."""
    arts = corpus_articles(shared)
    m = Mirror().start()
    for a in arts:
        m.add(a.path, a.html)
    m.add(sitemap, news_sitemap(m, [(a.path, None) for a in arts]), ctype="application/xml")
    return m, arts


# ---- web archives built at test time from the corpus pages (never committed) ---------------------------

ENGLISH = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article">'
           "<title>Talks make progress</title></head><body><article><h1>Talks make progress</h1>"
           + "".join(f"<p>The minister said on day {i} that the talks with the other side made real progress "
                     "and that both delegations agreed to keep working in the coming weeks.</p>" for i in range(6))
           + "</article></body></html>")


def warc_record(writer, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8",
            rec_type: str = "response"):
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1") if rec_type == "response" else None
    writer.write_record(writer.create_warc_record(url, rec_type, payload=io.BytesIO(body), http_headers=http))


def raw_member(text: bytes) -> bytes:
    return gzip.compress(text)


def build_warc(path: Path, arts, extra: bytes = b"", n_copies: int = 1, prefix: str = "") -> list[tuple[str, bytes]]:
    """A .warc.gz of the corpus articles (under their own URLs), with the cases a real archive holds."""
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "test"}))
    written = []
    for copy in range(n_copies):
        for a in arts:
            url = f"https://{a.site}.example{prefix}{a.path}" + (f"?copy={copy}" if copy else "")
            html = a.html if n_copies == 1 else _CANONICAL.sub(b"", a.html)    # each copy its own article
            warc_record(writer, url, html)
            written.append((url, html))
    warc_record(writer, "https://en.example/news/talks-progress-2024", ENGLISH.encode())
    warc_record(writer, "https://img.example/photo.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100, ctype="image/jpeg")
    warc_record(writer, "https://ar.example/gone", page("<h1>غير موجود</h1>").encode(), status="404 Not Found")
    warc_record(writer, "https://ar.example/", page('<ul><li><a href="/a/1">خبر</a></li></ul>').encode())
    warc_record(writer, "https://ar.example/req", b"GET / HTTP/1.1\r\n\r\n", rec_type="request")
    data = buf.getvalue()
    corrupt = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data at all" * 20
    no_http = raw_member(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ar.example/raw\r\n"
                          b"WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                          b"Content-Length: 12\r\n\r\nno http here\r\n\r\n")
    latin = raw_member(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ar.example/\xe9t\xe9\r\n"
                        b"WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:2>\r\n"
                        b"Content-Length: 45\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/h\xe9ml\r\n\r\n<p>\r\n\r\n")
    half = len(data) // 2
    cut = data.find(b"\x1f\x8b\x08", half)                # between two members
    path.write_bytes(data[:cut] + corrupt + no_http + latin + data[cut:] + extra)
    return written
