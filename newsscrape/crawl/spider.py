"""ArticleSpider: one spider for every publisher, driven by its profile.

Start points are the profile's sitemaps, feeds and section pages, or a URL given on the command line
(a sitemap, a feed, a listing page, or one article). Sitemap and feed entries are article candidates
and are dated before they are fetched, so --since skips old ones without a request. Links found on
listing pages are taken only when the page then looks like an article.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from functools import cached_property
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from ..errors import TargetError, UnknownSite
from ..reasons import explain, is_error
from ..record import Article
from ..sites import GENERIC, Profile, get
from ..targets import plans_of
from .discovery import xml_body, xml_kind
from .extension import CrawlRun
from .failures import error_reason, shown
from .homepage import SiteDiscovery, is_homepage
from .queueing import ArticleQueue
from .scope import Scope
from .sitemaps import SitemapReading
from .worker import WorkerLoop

logger = logging.getLogger(__name__)
ARTICLE_PRIORITY = 10


class ArticleSpider(SitemapReading, SiteDiscovery, WorkerLoop, ArticleQueue, scrapy.Spider):
    name = "article"

    def __init__(self, target: str | list[str] = "", site: Profile | str | None = None, max_pages: int | str = 5,
                 worker: bool = False, idle_timeout: float | str = 60,
                 plans: list[tuple[Profile, str]] | None = None, **kwargs):
        """``plans`` (from ``newsscrape crawl``, resolved there once) or ``target`` (``scrapy crawl
        article -a target=youm7,https://...``) with ``site`` (a profile or its slug)."""
        super().__init__(**kwargs)
        self.worker = bool(worker)
        if plans is None:                    # `scrapy crawl article -a target=…`: Scrapy's own command line
            try:
                plans = plans_of(target, site, self.worker)
            except TargetError as exc:       # one line and exit 2, as `newsscrape crawl` says it (Scrapy
                print(f"scrapy crawl article: {exc}", file=sys.stderr)   # would print a traceback)
                raise SystemExit(2) from None
        self.plans = list(plans)
        self.idle_timeout = float(idle_timeout)
        self.idle_since: float | None = None  # when this worker last went idle (None: busy since)
        self.busy_at = 0.0                   # its last response, whoever queued the request
        self.frontier = None
        self.follow = False
        self.robots_sitemaps: dict[str, list[str]] = {}
        self.discovering: dict[str, Profile] = {}   # start pages discovery ran on
        self.backlog: list = []              # (listed moment, order, url, profile slug) held back by --limit
        self.waiting: deque = deque()        # (url, profile slug) past MAX_QUEUED_ARTICLES, in order
        self.sitemaps = 0                    # sitemap documents requested
        self.max_pages = int(max_pages)
        self.scope = Scope()
        self.profiles: dict[str, Profile] = {}
        for profile, url in self.plans:
            self._admit(profile, url)
        if not self.worker:                  # a worker learns its domains as targets arrive
            self.allowed_domains = sorted(self.scope.domains)

    def _admit(self, profile: Profile, url: str) -> None:
        self.profiles[profile.slug] = profile
        self.scope.admit(profile, url)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._busy, signal=signals.response_received)
        crawler.signals.connect(spider._robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider._item_written, signal=signals.item_scraped)
        crawler.signals.connect(spider._item_done, signal=signals.item_dropped)
        spider._connect(crawler)
        return spider

    @cached_property
    def run(self) -> CrawlRun:
        """The crawl's run: its state store, pool, window, limit and stop (Scrapy builds extensions
        after the spider, so it is looked up on first use)."""
        return CrawlRun.of(self.crawler)

    def _connect(self, crawler) -> None:
        """For workers, the shared target list; the crawl's switches. Done when the spider is built,
        before any signal (spider_idle included) can reach it."""
        settings = crawler.settings
        redis_url = settings.get("NEWSSCRAPE_REDIS_URL")
        if redis_url and self.worker:
            from ..run.redis import Frontier

            self.frontier = Frontier(redis_url)
        self.follow = settings.getbool("NEWSSCRAPE_FOLLOW")
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY", True)

    # ---- helpers -----------------------------------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.run.count(key, n)

    def _full(self) -> bool:
        return self.run.remaining() == 0

    def _profile(self, response_or_request) -> Profile:
        """The profile a request was made under. A worker can meet a slug it never admitted (another
        worker popped the target): that profile comes from the registry, never generic in its place."""
        return self._profile_named(response_or_request.meta.get("ns_profile"))

    def _profile_named(self, slug: str | None) -> Profile:
        if not slug or slug == GENERIC.slug:
            return GENERIC
        if slug not in self.profiles:
            try:
                self.profiles[slug] = get(slug)
            except UnknownSite:
                return GENERIC
        return self.profiles[slug]

    def admit_shared(self, response_or_request) -> None:
        """In a shared crawl the worker that pops a target is not always the one that fetches its
        sitemap or pages: a request taken from the shared queue was checked against the crawl's domains
        by the worker that scheduled it, so its site is this crawl's too (with the same port and
        profile-domain rules as a target of its own)."""
        if not self.worker:
            return
        url = response_or_request.url
        if urlsplit(url).hostname and not self.allowed(url):
            self._admit(self._profile(response_or_request), url)

    def allowed(self, url: str) -> bool:
        return self.scope.allowed(url)

    def _in_window(self, when, profile: Profile) -> str | None:
        return self.run.window_reason(when, profile.timezone)

    def _article_request(self, url: str, profile: Profile, origin: str):
        """An article's request; ``origin`` (run.page.ORIGINS): a sitemap's or a feed's entry is vouched
        for by where it was listed, a listing page's link must look like an article."""
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, priority=ARTICLE_PRIORITY,
                              meta={"ns_profile": profile.slug, "ns_from": origin})

    # ---- crawl -------------------------------------------------------------------------------------

    async def start(self):
        for profile, url in self.plans:
            yield self._start_request(profile, url)

    def _start_request(self, profile: Profile, url: str):
        self.count("starts")
        return scrapy.Request(url, callback=self.parse_entry, errback=self.on_error, dont_filter=True,
                              meta={"ns_profile": profile.slug, "ns_start": True, "ns_page": 1})

    # ---- shared frontier (scrapy-redis): in-flight bookkeeping and worker mode -----------------


    def parse_entry(self, response):
        """A start point or a page reached from one: sitemap index, sitemap, feed, listing or article."""
        try:
            yield from self._parse_entry(response)
        finally:
            self._done(response.meta)

    def _parse_entry(self, response):
        self.admit_shared(response.request)
        profile = self._profile(response)
        xml = xml_body(response.body)
        if (kind := xml_kind(xml)) != "html":
            yield from self._read_xml(kind, xml, response, profile)
            return
        if not isinstance(response, TextResponse):
            self.count("skipped/not_html")
            return
        if response.meta.get("ns_probe"):
            return                                   # a usual path that is not a sitemap or feed
        if response.meta.get("ns_start"):
            # A start page is an article when it says so itself (declared, built as one, or the
            # publisher's article URL), whatever profile applies: written alone unless --follow.
            result = self.run.judge_here(response, profile, "named", vouched=False)
            if isinstance(result, Article):
                yield result
                if not self.follow:
                    return
            elif is_homepage(response.url, profile):
                yield from self._discover(response, profile)
        yield from self._listing(response, profile)

    # ---- discovery for any site ----------------------------------------------------------------


    def _candidate(self, url: str, profile: Profile, when, origin: str):
        self.count("discovery/candidates")
        if self._full():
            return
        if not self.allowed(url):
            self.count("skipped/offsite")
            return
        reason = self._in_window(when, profile)
        if reason:
            self.count(f"skipped/{reason}")
            return
        if not self._known(url, when, profile):
            yield from self._schedule_article(self._article_request(url, profile, origin), when, profile)


    async def parse_article(self, response):
        """The page's Article or the Skipped reason (counted by the add-on's pipelines). Pages from
        sitemaps, feeds and start URLs are vouched for; pages found on listings must look like articles.
        With NEWSSCRAPE_PROCESSES > 1 the extraction runs in the crawl's process pool."""
        produced = False
        try:
            origin = response.meta.get("ns_from", "sitemap")
            result = await self.run.judge(response, self._profile(response), origin, vouched=origin != "listing")
            produced = True
            yield result
        finally:
            if not produced:                # with an item, item_scraped/item_dropped mark it done
                self._done(response.meta)

    def on_error(self, failure):
        request = failure.request
        reason = error_reason(failure)
        if not is_error(reason):                      # robots_txt, offsite: the run did as it was told
            self.count(f"skipped/{reason}")
            if reason == "robots_txt" and request.meta.get("ns_start"):   # a start point refused: say why
                logger.warning("%s: robots_txt (the site's robots.txt forbids it; --ignore-robots crawls it "
                               "anyway, for sites you may crawl so)", shown(request.url))
        else:
            self.count(f"errors/{reason}")
            self.run.health.failed(request.url, reason)
            logger.warning("%s: %s", shown(request.url), explain(reason, request.url))
        if request.meta.get("ns_start"):
            self.count("starts_failed")
        self._done(request.meta)
