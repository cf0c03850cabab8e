"""crawl/discovery.py without a crawl: sitemaps, sitemap indexes, feeds and listing pages read into URLs."""

from __future__ import annotations

import gzip

from conftest import page
from newsscrape.crawl.discovery import (
    feed_entries,
    iter_sitemap,
    listing_links,
    looks_like_article_url,
    xml_body,
    xml_kind,
    xml_tree,
)
from newsscrape.extract import parse_html
from newsscrape.sites import GENERIC

SITEMAP = (b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
           b'<url><loc>https://x.example/a/1</loc><news:news><news:publication_date>2024-05-01T10:00:00+03:00'
           b'</news:publication_date></news:news></url><url><loc>https://x.example/a/2</loc>'
           b'<lastmod>2024-05-02</lastmod></url></urlset>')


def test_a_sitemap_gzipped_or_not_gives_its_urls_and_dates():
    for body in (SITEMAP, gzip.compress(SITEMAP)):
        xml = xml_body(body)
        assert xml_kind(xml) == "urlset"
        entries = list(iter_sitemap(xml))
        assert [e.url for e in entries] == ["https://x.example/a/1", "https://x.example/a/2"]
        assert entries[0].published.isoformat().startswith("2024-05-01T10:00")


def test_an_index_a_feed_and_a_page_are_told_apart_by_their_first_element():
    index = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>' \
            b'<loc>https://x.example/s1.xml</loc></sitemap></sitemapindex>'
    rss = b'<rss version="2.0"><channel><item><link>/a/7</link><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate>' \
          b'</item></channel></rss>'
    assert xml_kind(xml_body(index)) == "sitemapindex"
    assert [e.url for e in iter_sitemap(xml_body(index))] == ["https://x.example/s1.xml"]
    assert xml_kind(xml_body(rss)) == "feed"
    entries = feed_entries(xml_tree(xml_body(rss)), "https://x.example/feed")
    assert [e.url for e in entries] == ["https://x.example/a/7"]
    assert xml_kind(xml_body(page("<p>نص</p>").encode())) == "html"


def test_a_listing_page_gives_its_story_links_and_its_next_page():
    html = page('<ul><li><a href="/news/2024/05/01/minister-talks-progress-1">الوزير</a></li>'
                '<li><a href="/about">من نحن</a></li></ul><a rel="next" href="/news?page=2">التالي</a>')
    links, nexts = listing_links(parse_html(html), "https://x.example/news")
    assert "https://x.example/news/2024/05/01/minister-talks-progress-1" in links
    assert nexts == ["https://x.example/news?page=2"]
    assert looks_like_article_url("https://x.example/news/2024/05/01/minister-talks-progress-1", GENERIC)
    assert not looks_like_article_url("https://x.example/about", GENERIC)
