"""Discovery from a site's front page, for any site: the sitemaps robots.txt names, the feeds the page
links, else the usual paths; and the story links of any listing page, with its next pages. A mixin of
``ArticleSpider`` (Scrapy calls a request's callbacks on the spider, and scrapy-redis stores them by the
spider's method names)."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

import scrapy
from scrapy.http import TextResponse

from ..errors import ExtractionError
from ..extract import parse_html
from ..sites import Profile
from .discovery import listing_links, looks_like_article_url

logger = logging.getLogger("newsscrape.crawl.spider")

# Where sites usually keep sitemaps and feeds, tried when robots.txt and the homepage name none.
USUAL_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/feed", "/rss", "/rss.xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


_EDITION = re.compile(r"[a-z]{2}|ara|arabic")        # /ar/, /arabic: a site's Arabic edition


def is_homepage(url: str, profile: Profile) -> bool:
    """A site's front page (its root, its Arabic edition's root, or the publisher's homepage), where
    discovery looks for sitemaps and feeds. Any other page the user named (a section, a listing,
    page 2 of one) is crawled as that page: its stories and its pagination, not the whole site."""
    parts = urlsplit(url)
    path = parts.path.strip("/").lower()
    if profile.homepage and urlsplit(profile.homepage).path.strip("/").lower() == path and not parts.query:
        return True
    return not parts.query and (path == "" or bool(_EDITION.fullmatch(path)))


class SiteDiscovery:
    """Needs of the spider: ``count``, ``allowed``, ``_profile``, ``_done``, ``parse_entry``, ``on_error``,
    ``obey_robots``, ``robots_sitemaps``, ``discovering``, ``run``, ``max_pages``, ``_full``, ``_known``,
    ``_schedule_article``, ``_article_request``."""

    def _robots_parsed(self, robotparser=None, request=None, **kwargs):
        """Scrapy fetched robots.txt (it obeys it): keep the sitemaps it names, per host."""
        inner = getattr(robotparser, "rp", robotparser)
        try:
            maps = [str(u) for u in getattr(inner, "sitemaps", None) or ()]
        except Exception:  # a parser without sitemap support
            maps = []
        if request is not None:
            self.robots_sitemaps[urlsplit(request.url).netloc] = maps

    def _discover(self, response, profile: Profile):
        """From a homepage (any page that is not an article): robots.txt sitemaps, then the feeds the
        page links in <head>, then the usual paths when those found nothing. The page's own story
        links follow (``_listing``). Each step is counted; a start that finds nothing ends in one line."""
        netloc = urlsplit(response.url).netloc
        self.discovering[response.url] = profile
        if not self.obey_robots and netloc not in self.robots_sitemaps:
            # robots.txt not fetched by Scrapy (--ignore-robots): read it for its sitemaps only
            yield scrapy.Request(f"{urlsplit(response.url).scheme}://{netloc}/robots.txt",
                                 callback=self._parse_robots_txt, errback=self._probe_failed, dont_filter=True,
                                 meta={"ns_profile": profile.slug, "ns_origin": response.url,
                                       "dont_obey_robotstxt": True})
            return
        yield from self._discover_from(response.url, response, profile, self.robots_sitemaps.get(netloc, []))

    def _parse_robots_txt(self, response):
        import re

        origin = response.meta["ns_origin"]
        maps = re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", response.text if isinstance(response, TextResponse)
                          else response.body.decode("utf-8", "replace"))
        self.robots_sitemaps[urlsplit(response.url).netloc] = maps
        yield from self._discover_from(origin, None, self._profile(response), maps)

    def _discover_from(self, origin: str, response, profile: Profile, robots_maps: list[str]):
        starts = [u for u in robots_maps if self.allowed(u)]
        if starts:
            self.count("discovery/robots_sitemaps", len(starts))
        feeds = []
        if response is not None:
            try:
                for link in response.xpath("//link[@rel='alternate'][@href]"):
                    kind = (link.attrib.get("type") or "").lower()
                    url = response.urljoin(link.attrib["href"])
                    if kind in _FEED_TYPES and self.allowed(url) and url not in feeds:
                        feeds.append(url)
            except ValueError:      # not an HTML document
                pass
        if feeds:
            self.count("discovery/feeds_linked", len(feeds))
        probes = []
        if not starts and not feeds:
            base = f"{urlsplit(origin).scheme}://{urlsplit(origin).netloc}"
            probes = [base + path for path in USUAL_PATHS]
            self.count("discovery/usual_paths_tried", len(probes))
        for url in [*starts, *feeds]:
            yield scrapy.Request(url, callback=self.parse_entry, errback=self.on_error, dont_filter=True,
                                 meta={"ns_profile": profile.slug, "ns_page": 1, "ns_origin": origin})
        for url in probes:
            yield scrapy.Request(url, callback=self.parse_entry, errback=self._probe_failed, dont_filter=True,
                                 meta={"ns_profile": profile.slug, "ns_page": 1, "ns_origin": origin,
                                       "ns_probe": True})

    def _probe_failed(self, failure):
        """A usual path that is not there is what discovery expects: counted, not an error."""
        self.count("discovery/usual_paths_missing")
        self._done(failure.request.meta)

    def closed(self, reason):
        """A start page on which discovery found nothing to crawl: one line saying what was tried."""
        found = self.crawler.stats.get_value("newsscrape/discovery/candidates", 0)
        for origin in self.discovering:
            if found == 0 and not self.run.written:
                logger.warning("nothing to crawl at %s: no sitemap in robots.txt, no feed linked in the page, "
                               "none at %s, no story links", origin, ", ".join(USUAL_PATHS))
                self.count("discovery/nothing_found")
                self.count("starts_failed")

    def _listing(self, response, profile: Profile):
        try:
            root = parse_html(response.text)
        except ExtractionError:
            self.count("skipped/unparseable")
            return
        base = response.url
        base_el = root.find(".//base[@href]")
        if base_el is not None:
            base = response.urljoin(base_el.get("href"))
        links, nexts = listing_links(root, base)
        found = 0
        for url in links:
            if self.allowed(url) and looks_like_article_url(url, profile):
                found += 1
                self.count("discovery/candidates")
                if not self._full() and not self._known(url, None, profile):
                    yield from self._schedule_article(self._article_request(url, profile, "listing"), None, profile)
        page = response.meta.get("ns_page", 1)
        if found and nexts and page >= self.max_pages:
            self.count("skipped/listing_pages_beyond_max_pages")      # counted, never silently cut
        if found and page < self.max_pages and not self._full():
            for url in nexts[:1]:
                if self.allowed(url):
                    yield scrapy.Request(url, callback=self.parse_entry, errback=self.on_error,
                                         meta={"ns_profile": profile.slug, "ns_page": page + 1})
        if not found and not response.meta.get("ns_start"):
            self.count("skipped/not_article")
