"""ArticleSpider: one spider for every publisher, driven by its profile.

Start points are the profile's sitemaps, feeds and section pages, or a URL given on the command line
(a sitemap, a feed, a listing page, or one article). Sitemap and feed entries are article candidates
and are dated before they are fetched, so --since skips old ones without a request. Links found on
listing pages are taken only when the page then looks like an article.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import deque
from functools import cached_property
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from ..errors import ExtractionError, TargetError, UnknownSite
from ..extract import parse_html
from ..reasons import explain, is_error
from ..record import Article
from ..run.window import as_utc
from ..sites import GENERIC, Profile, all_profiles, for_url, get
from ..text.dates import zone
from .discovery import feed_entries, iter_sitemap, listing_links, looks_like_article_url, xml_body, xml_kind, xml_tree
from .extension import CrawlRun
from .response import extract_response

logger = logging.getLogger(__name__)
ARTICLE_PRIORITY = 10
# Bounds on what sitemaps can make a crawl hold (each cut counted under skipped/ in the summary):
MAX_SITEMAP_DEPTH = 3          # index -> index -> index -> sitemap; an index deeper is not followed
MAX_SITEMAPS = 1000            # sitemap documents per run
MAX_SITEMAP_ENTRIES = 50_000   # the sitemap protocol's own limit per file
MAX_QUEUED_ARTICLES = 2000     # article requests in the scheduler; the rest wait as bare URLs


_BARE_HOST = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?(/|$)", re.I)     # example.com, www.x.eg/news


def resolve_targets(targets: list[str], site: Profile | None = None) -> list[tuple[Profile, str]]:
    """(profile, start URL) pairs for slugs, 'all' and URLs; ``site`` is the profile URL targets are
    crawled with (--site), else their host picks it. A publisher without known entry points starts
    from its homepage, where discovery finds them."""
    plans: list[tuple[Profile, str]] = []
    for target in targets:
        if target == "all":
            for p in all_profiles():
                plans += [(p, u) for u in p.entry_points()]
        elif "://" in target and not target.startswith(("http://", "https://")):
            raise TargetError(f"unsupported scheme in {target!r}: give an http:// or https:// URL")
        elif _BARE_HOST.match(target):
            raise TargetError(f"{target!r} has no scheme: did you mean https://{target} ?")
        elif target.startswith(("http://", "https://")):
            try:
                parts = urlsplit(target)
            except ValueError as exc:               # an unclosed [IPv6 bracket
                raise TargetError(f"malformed URL: {target} ({exc})") from None
            if not parts.hostname:
                raise TargetError(f"malformed URL: {target}")
            try:
                _ = parts.port
            except ValueError:
                raise TargetError(f"port out of range in {target}") from None
            plans.append((site or for_url(target), target))
        else:
            profile = get(target)           # UnknownSite: a usage error naming the nearest slugs
            starts = profile.entry_points()
            if not starts:
                raise TargetError(f"profile {target!r} has no entry point; give a URL")
            plans += [(profile, u) for u in starts]
    return plans


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


class ArticleSpider(scrapy.Spider):
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
                plans = _plans_of(target, site, self.worker)
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
        self.domains: set[str] = set()
        self.ports: dict[str, set[int]] = {}   # a host given with a port: the ports of its targets
        self.profiles: dict[str, Profile] = {}
        for profile, url in self.plans:
            self._admit(profile, url)
        if not self.worker:                  # a worker learns its domains as targets arrive
            self.allowed_domains = sorted(self.domains)

    def _admit(self, profile: Profile, url: str) -> None:
        """Take a start point's host into the crawl's allowed domains, and its profile's domains only
        when the start point is on one of them: a profile applied to a mirror (--site) never leads
        the crawl off the mirror."""
        parts = urlsplit(url)
        self.profiles[profile.slug] = profile
        host = parts.hostname or ""
        self.domains |= ({host} if host else set()) | (set(profile.domains) if profile.owns(host) else set())
        if parts.port:                       # a target with an explicit port (a mirror) allows that port only
            self.ports.setdefault(parts.hostname, set()).add(parts.port)

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

    def _written(self) -> int:
        return self.run.written

    def _full(self) -> bool:
        return self.run.full

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

    def learn(self, response_or_request) -> None:
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
        """Within the crawl's domains (and, for a target with a port, on that port), over http(s)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            return False
        if host in self.ports and port not in self.ports[host]:
            return False
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def _in_window(self, when, profile: Profile) -> str | None:
        return self.run.window.reason(when, profile.timezone)

    def _article_request(self, url: str, profile: Profile, listed: bool):
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, priority=ARTICLE_PRIORITY,
                              meta={"ns_profile": profile.slug, "ns_listed": listed})

    # ---- crawl -------------------------------------------------------------------------------------

    async def start(self):
        for profile, url in self.plans:
            yield self._start_request(profile, url)

    def _start_request(self, profile: Profile, url: str):
        self.count("starts")
        return scrapy.Request(url, callback=self.parse_entry, errback=self.on_error, dont_filter=True,
                              meta={"ns_profile": profile.slug, "ns_start": True, "ns_page": 1})

    # ---- shared frontier (scrapy-redis): in-flight bookkeeping and worker mode -----------------

    def _done(self, meta: dict) -> None:
        if self.run.scheduler is not None:
            self.run.scheduler.done(meta)

    def _item_done(self, item=None, response=None, spider=None, exception=None, **kwargs):
        """The page's request is finished in the shared queue, except one not written for want of the
        state (Redis away): it stays in flight under this worker, and once the worker has stopped,
        another worker or the next run takes it back and fetches it again."""
        if response is not None and not str(exception or "").startswith("state_unreachable"):
            self._done(response.meta)

    def _item_written(self, item=None, response=None, spider=None, **kwargs):
        self._item_done(item, response)

    def _idle(self, spider=None):
        """Workers wait for targets; any worker waits while a stopped worker's requests may come back."""
        import time

        from scrapy.exceptions import DontCloseSpider

        scheduler = self.run.scheduler
        if self._release_backlog() or self._release_waiting():
            raise DontCloseSpider
        if self.frontier is not None:
            took = 0
            while (entry := self.frontier.pop()) is not None:
                slug, url = entry
                profile = GENERIC if slug == "generic" else get(slug)
                self._admit(profile, url)
                self.crawler.engine.crawl(self._start_request(profile, url))
                took += 1
            if took:
                self.idle_since = None
                raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None or self.busy_at > self.idle_since:
            self.idle_since = now                    # idle from now, not from an idle before it was busy
        if scheduler is not None and scheduler.others_inflight():
            if now - self.idle_since < max(self.idle_timeout, scheduler.heartbeat_ttl * 3):
                raise DontCloseSpider
            return
        if self.worker and now - self.idle_since < self.idle_timeout:
            raise DontCloseSpider

    def _busy(self, response=None, request=None, spider=None, **kwargs) -> None:
        import time

        self.busy_at = time.monotonic()
        if self.waiting:
            self._release_waiting()

    def parse_entry(self, response):
        """A start point or a page reached from one: sitemap index, sitemap, feed, listing or article."""
        try:
            yield from self._parse_entry(response)
        finally:
            self._done(response.meta)

    def _capped(self, entries):
        """A sitemap's first MAX_SITEMAP_ENTRIES entries; the rest counted, not taken."""
        for n, entry in enumerate(entries):
            if n < MAX_SITEMAP_ENTRIES:
                yield entry
            else:
                self.count("skipped/sitemap_entries_beyond_max")

    def _parse_entry(self, response):
        self.learn(response.request)
        profile = self._profile(response)
        xml = xml_body(response.body)
        kind = xml_kind(xml)
        if kind == "sitemapindex":
            depth = response.meta.get("ns_depth", 0) + 1
            for entry in self._capped(iter_sitemap(xml)):
                if self._in_window(entry.published, profile) == "too_old":
                    self.count("skipped/too_old_sitemap")
                elif depth > MAX_SITEMAP_DEPTH:
                    self.count("skipped/sitemap_too_deep")
                elif self.sitemaps >= MAX_SITEMAPS:
                    self.count("skipped/sitemaps_beyond_max")
                else:
                    self.sitemaps += 1
                    yield scrapy.Request(entry.url, callback=self.parse_entry, errback=self.on_error,
                                         meta={"ns_profile": profile.slug, "ns_page": 1, "ns_depth": depth})
            return
        if kind == "urlset":
            for entry in self._capped(iter_sitemap(xml)):
                yield from self._candidate(entry.url, profile, entry.published)
            return
        if kind == "feed":
            root = xml_tree(xml)
            for entry in feed_entries(root, response.url) if root is not None else ():
                yield from self._candidate(entry.url, profile, entry.published)
            return
        if not isinstance(response, TextResponse):
            self.count("skipped/not_html")
            return
        if response.meta.get("ns_probe"):
            return                                   # a usual path that is not a sitemap or feed
        if response.meta.get("ns_start"):
            # A start page is an article when it says so itself (declared, built as one, or the
            # publisher's article URL), whatever profile applies: written alone unless --follow.
            result = extract_response(response, profile=profile, vouched=False)
            if isinstance(result, Article):
                yield result
                if not self.follow:
                    return
            elif is_homepage(response.url, profile):
                yield from self._discover(response, profile)
        yield from self._listing(response, profile)

    # ---- discovery for any site ----------------------------------------------------------------

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
            if found == 0 and not self._written():
                logger.warning("nothing to crawl at %s: no sitemap in robots.txt, no feed linked in the page, "
                               "none at %s, no story links", origin, ", ".join(USUAL_PATHS))
                self.count("discovery/nothing_found")
                self.count("starts_failed")

    def _candidate(self, url: str, profile: Profile, when):
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
            yield from self._offer(self._article_request(url, profile, listed=True), when, profile)

    def _offer(self, request, when, profile: Profile):
        """Without --limit, schedule now, unless MAX_QUEUED_ARTICLES requests are queued already: then
        the URL waits in line (a bare string, not a request: a 50,000-URL sitemap held as requests cost
        some 35 MB) and is released as the queue drains. With --limit N, article requests wait in a
        backlog and are released on idle, newest first, only as many as are still missing: N means
        the N newest."""
        listed = request.meta.get("ns_listed", True)
        if self.run.chain.limit:
            moment = as_utc(when, zone(profile.timezone)) if when else None
            self.backlog.append((moment, len(self.backlog), request.url, profile.slug, listed))
            return
        if self.waiting or self._queued() >= self.max_queued:
            self.waiting.append((request.url, profile.slug, listed))
            return
        yield request

    def _queued(self) -> int:
        scheduler = getattr(self.crawler.engine, "scheduler", None) if self.crawler.engine else None
        try:
            return len(scheduler) if scheduler is not None else 0
        except Exception:  # a Redis queue that cannot answer: hold back
            return self.max_queued

    @cached_property
    def max_queued(self) -> int:
        return self.crawler.settings.getint("NEWSSCRAPE_MAX_QUEUED_ARTICLES", MAX_QUEUED_ARTICLES)

    def _release_waiting(self) -> bool:
        """Queue waiting URLs up to half the bound below it (called as pages are handled and on idle)."""
        if not self.waiting:
            return False
        room = self.max_queued - self._queued()
        if room < max(1, self.max_queued // 2):
            return False
        released = False
        while self.waiting and room > 0 and not self._full():
            url, slug, listed = self.waiting.popleft()
            self.crawler.engine.crawl(self._article_request(url, self._profile_named(slug), listed))
            room -= 1
            released = True
        return released

    def _release_backlog(self) -> bool:
        missing = self.run.chain.limit - self._written()
        if not self.backlog or missing <= 0:
            return False
        self.backlog.sort(key=lambda e: (e[0] is None, -(e[0].timestamp() if e[0] else 0), e[1]))
        batch, self.backlog = self.backlog[:missing], self.backlog[missing:]
        for _, _, url, slug, listed in batch:
            self.crawler.engine.crawl(self._article_request(url, self._profile_named(slug), listed))
        return True

    def _known(self, url: str, when, profile: Profile) -> bool:
        """True (counted, not fetched) when the run's dedup says a listed URL needs no fetch."""
        listed_at = as_utc(when, zone(profile.timezone)) if when else None
        if reason := self.run.chain.dedup.before_fetch(url, listed_at):
            self.count(f"skipped/{reason}")
            return True
        return False

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
                    yield from self._offer(self._article_request(url, profile, listed=False), None, profile)
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

    async def parse_article(self, response):
        """The page's Article or the Skipped reason (counted by the add-on's pipelines). Pages from
        sitemaps, feeds and start URLs are vouched for; pages found on listings must look like articles.
        With NEWSSCRAPE_PROCESSES > 1 the extraction runs in the crawl's process pool."""
        produced = False
        try:
            profile, vouched = self._profile(response), response.meta.get("ns_listed", True)
            if self.run.pool is not None:
                result = await self.run.judge(response, profile, vouched)
            else:
                result = extract_response(response, profile=profile, vouched=vouched)
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


def shown(url: str) -> str:
    """A URL as a person reads it: percent-escapes of UTF-8 text (Arabic paths) decoded, unless the
    decoded form holds spaces or controls that would make the line ambiguous."""
    from urllib.parse import unquote

    try:
        text = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    return url if any(c.isspace() or ord(c) < 32 for c in text) else text


def _plans_of(target: str | list[str], site: Profile | str | None, worker: bool) -> list[tuple[Profile, str]]:
    """The start points of ``-a target=a,b`` with ``-a site=slug``; TargetError for none or a bad one."""
    targets = target.split(",") if isinstance(target, str) else list(target)
    targets = [t.strip() for t in targets if t and t.strip()]
    if not targets and not worker:
        raise TargetError("no target: give -a target=SLUG|all|URL (a profile slug, 'all', or a sitemap, feed "
                          "or page URL)")
    if isinstance(site, str):
        site = get(site)
    return resolve_targets(targets, site)


# What an IgnoreRequest's message says (lowered) -> the reason it is counted under.
IGNORED_BECAUSE = {"robots": "robots_txt", "offsite": "offsite", "redirect loop": "redirect_loop",
                   "too many redirects": "too_many_redirects"}


def error_reason(failure) -> str:
    """A short, stable reason for a failed request (the key it is counted under)."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    name, text = type(exc).__name__, str(exc)
    if isinstance(exc, IgnoreRequest):
        lowered = text.lower()
        for words, key in IGNORED_BECAUSE.items():
            if words in lowered or key in lowered:
                return key
        if "max redirections" in lowered:       # Scrapy's RedirectMiddleware past REDIRECT_MAX_TIMES
            return "too_many_redirects"
        return "too_large" if "size" in lowered else "ignored"
    if "DataLoss" in name or "DataLoss" in text:
        return "data_loss"
    if "Timeout" in name or "took longer than" in text:
        return "timeout"
    if "Cancelled" in name or "max size" in text:
        return "too_large"
    if "Refused" in name:
        return "connection_refused"
    if "Resolve" in name or "DNS" in name:
        return "dns"
    if name in ("DownloadFailedError", "ResponseFailed", "ResponseNeverReceived", "ConnectionLost",
                "ConnectionDone", "ConnectionResetError"):
        return "connection_lost"
    return name.lower()
