"""ArticleSpider: one spider for every publisher, driven by its profile.

Start points are the profile's sitemaps, feeds and section pages, or a URL given on the command line
(a sitemap, a feed, a listing page, or one article). Sitemap and feed entries are article candidates
and are dated before they are fetched, so --since skips old ones without a request. Links found on
listing pages are taken only when the page then looks like an article.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from ..errors import ExtractionError
from ..extract import extract_article
from ..extract.dates import iso, parse_machine_date, zone
from ..extract.tree import parse
from ..sites import GENERIC, Profile, all_profiles, for_url, get
from .discovery import as_utc, feed_entries, kind_of, listing_links, looks_like_article_url, parse_xml, sitemap_entries
from .state import StateStore, fingerprint
from .window import parse_when

logger = logging.getLogger(__name__)
ARTICLE_PRIORITY = 10


class TargetError(ValueError):
    """A target that names no profile and is no http(s) URL."""


def resolve_targets(targets: list[str], site: str | None) -> list[tuple[Profile, str]]:
    """(profile, start URL) pairs for slugs, 'all' and URLs."""
    plans: list[tuple[Profile, str]] = []
    for target in targets:
        if target == "all":
            for p in all_profiles():
                plans += [(p, u) for u in (*p.sitemaps, *p.feeds, *p.sections)]
        elif target.startswith(("http://", "https://")):
            if not urlsplit(target).hostname:
                raise TargetError(f"malformed URL: {target}")
            plans.append((get(site) if site else for_url(target), target))
        else:
            try:
                profile = get(target)
            except KeyError as exc:
                raise TargetError(str(exc.args[0])) from None
            starts = (*profile.sitemaps, *profile.feeds, *profile.sections)
            if not starts:
                raise TargetError(f"profile {target!r} has no discovery entry points; give a URL")
            plans += [(profile, u) for u in starts]
    return plans


class ArticleSpider(scrapy.Spider):
    name = "article"

    def __init__(self, target: str | list[str] = "", site: str | None = None, limit: int | str = 0,
                 since: str | None = None, until: str | None = None, max_pages: int | str = 5,
                 worker: bool = False, idle_timeout: float | str = 60, **kwargs):
        super().__init__(**kwargs)
        targets = target.split(",") if isinstance(target, str) else list(target)
        targets = [t.strip() for t in targets if t and t.strip()]
        self.worker = bool(worker)
        if not targets and not self.worker:
            raise TargetError("no target: give a profile slug, 'all', or a sitemap/feed/page URL")
        self.plans = resolve_targets(targets, site)
        self.idle_timeout = float(idle_timeout)
        self.idle_since: float | None = None
        self.state = self.frontier = None
        self.changed = False
        self.forced_site = site
        self.limit = int(limit or 0)
        self.since = parse_when(since) if since else None
        self.until = parse_when(until) if until else None
        self.max_pages = int(max_pages)
        self.domains: set[str] = set()
        self.ports: dict[str, int] = {}
        self.profiles: dict[str, Profile] = {}
        for profile, url in self.plans:
            self._admit(profile, url)
        if not self.worker:                  # a worker learns its domains as targets arrive
            self.allowed_domains = sorted(self.domains)

    def _admit(self, profile: Profile, url: str) -> None:
        """Take a start point's profile and host into the crawl's allowed domains."""
        parts = urlsplit(url)
        self.profiles[profile.slug] = profile
        self.domains |= set(profile.domains) | ({parts.hostname} if parts.hostname else set())
        if parts.port:                       # a target with an explicit port (a mirror) allows that port only
            self.ports[parts.hostname] = parts.port

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._item_done, signal=signals.item_scraped)
        crawler.signals.connect(spider._item_done, signal=signals.item_dropped)
        spider._connect_stores(crawler.settings)
        return spider

    def _connect_stores(self, settings) -> None:
        """State (SQLite or Redis) and, for workers, the shared target list. Done when the spider is
        built, before any signal (spider_idle included) can reach it."""
        redis_url = settings.get("NEWSSCRAPE_REDIS_URL")
        if redis_url:
            from .distributed import Frontier, RedisState

            self.state = RedisState(redis_url)
            self.frontier = Frontier(redis_url) if self.worker else None
        else:
            path = settings.get("NEWSSCRAPE_STATE")
            self.state = StateStore(path) if path else None
            self.frontier = None
        self.changed = settings.getbool("NEWSSCRAPE_CHANGED")

    # ---- helpers -----------------------------------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"newsscrape/{key}", n)

    def _written(self) -> int:
        return self.crawler.stats.get_value("newsscrape/articles", 0)

    def _full(self) -> bool:
        return bool(self.limit) and self._written() >= self.limit

    def _profile(self, response_or_request) -> Profile:
        slug = response_or_request.meta.get("ns_profile")
        return self.profiles.get(slug, GENERIC) if slug else GENERIC

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
        if host in self.ports and port != self.ports[host]:
            return False
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def _in_window(self, when, profile: Profile) -> str | None:
        moment = as_utc(when, zone(profile.timezone))
        if moment is None:
            return None
        if self.since and moment < self.since:
            return "too_old"
        if self.until and moment > self.until:
            return "too_new"
        return None

    def _article_request(self, url: str, profile: Profile, listed: bool, when=None, known: str | None = None):
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, priority=ARTICLE_PRIORITY,
                              meta={"ns_profile": profile.slug, "ns_listed": listed, "ns_known": known,
                                    "ns_when": iso(when)})

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
        scheduler = getattr(self.crawler, "newsscrape_frontier", None)
        if scheduler is not None:
            scheduler.done(meta)

    def _item_done(self, item=None, response=None, spider=None, **kwargs):
        if response is not None:
            self._done(response.meta)

    def _idle(self, spider=None):
        """Workers wait for targets; any worker waits while a stopped worker's requests may come back."""
        import time

        from scrapy.exceptions import DontCloseSpider

        scheduler = getattr(self.crawler, "newsscrape_frontier", None)
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
        if scheduler is not None and scheduler.others_inflight():
            self.idle_since = self.idle_since or time.monotonic()
            if time.monotonic() - self.idle_since < max(self.idle_timeout, scheduler.heartbeat_ttl * 3):
                raise DontCloseSpider
            return
        if self.worker:
            self.idle_since = self.idle_since or time.monotonic()
            if time.monotonic() - self.idle_since < self.idle_timeout:
                raise DontCloseSpider

    def parse_entry(self, response):
        """A start point or a page reached from one: sitemap index, sitemap, feed, listing or article."""
        try:
            yield from self._parse_entry(response)
        finally:
            self._done(response.meta)

    def _parse_entry(self, response):
        profile = self._profile(response)
        root = parse_xml(response.body)
        kind = kind_of(root)
        if kind == "sitemapindex":
            for entry in sitemap_entries(root):
                if self._in_window(entry.published, profile) == "too_old":
                    self.count("skipped/too_old_sitemap")
                    continue
                yield scrapy.Request(entry.url, callback=self.parse_entry, errback=self.on_error,
                                     meta={"ns_profile": profile.slug, "ns_page": 1})
            return
        if kind in ("urlset", "feed"):
            entries = sitemap_entries(root) if kind == "urlset" else feed_entries(root, response.url)
            for entry in entries:
                yield from self._candidate(entry.url, profile, entry.published)
            return
        if not isinstance(response, TextResponse):
            self.count("skipped/not_html")
            return
        if response.meta.get("ns_start") and looks_like_article_url(response.url, profile) \
                and profile.article_re is not None:
            yield from self._parse_article(response)
            return
        yield from self._listing(response, profile)

    def _candidate(self, url: str, profile: Profile, when):
        if self._full():
            return
        if not self.allowed(url):
            self.count("skipped/offsite")
            return
        reason = self._in_window(when, profile)
        if reason:
            self.count(f"skipped/{reason}")
            return
        known = self._known(url, when, profile)
        if known is not False:
            yield self._article_request(url, profile, listed=True, when=when, known=known)

    def _known(self, url: str, when, profile: Profile) -> str | None | bool:
        """False: written by an earlier run and not changed since (skip without fetching).
        A fingerprint: written before, but the listing says it changed (--changed). None: new."""
        if self.state is None:
            return None
        found = self.state.get(url)
        if found is None:
            return None
        fp, last_written = found
        listed = as_utc(when, zone(profile.timezone))
        if self.changed and listed is not None and listed > as_utc(parse_machine_date(last_written)):
            return fp
        self.count("skipped/seen_before")
        return False

    def closed(self, reason):
        if getattr(self, "state", None) is not None:
            self.state.close()

    def _listing(self, response, profile: Profile):
        try:
            root = parse(response.text)
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
                if not self._full() and self._known(url, None, profile) is None:
                    yield self._article_request(url, profile, listed=False)
        page = response.meta.get("ns_page", 1)
        if found and page < self.max_pages and not self._full():
            for url in nexts[:1]:
                if self.allowed(url):
                    yield scrapy.Request(url, callback=self.parse_entry, errback=self.on_error,
                                         meta={"ns_profile": profile.slug, "ns_page": page + 1})
        if not found and not response.meta.get("ns_start"):
            self.count("skipped/not_article")

    def parse_article(self, response):
        produced = False
        try:
            for record in self._parse_article(response):
                produced = True
                yield record
        finally:
            if not produced:                # with an item, item_scraped/item_dropped mark it done
                self._done(response.meta)

    def _parse_article(self, response):
        profile = self._profile(response)
        listed = response.meta.get("ns_listed", True)
        if not isinstance(response, TextResponse):
            self.count("skipped/not_html")
            return
        signals: dict = {}
        try:
            record = extract_article(response.body, url=response.url,
                                     site=None if profile.generic else profile.slug,
                                     content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
                                     signals=signals)
        except ExtractionError as exc:
            text = str(exc)
            reason = next((key for word, key in (("undecodable", "undecodable"), ("binary", "binary"),
                                                 ("empty", "empty"), ("no title", "no_title"))
                           if word in text), "no_article_text")
            self.count(f"skipped/{reason}")
            logger.info("skipped %s: %s", response.url, exc)
            return
        except Exception:  # never let one page stop the crawl
            self.count("errors/extraction_failed")
            logger.exception("extraction failed on %s", response.url)
            return
        if signals.get("link_density", 0) > 0.5 or \
                (not listed and not self._looks_like_article(record, profile, response.url, signals)):
            self.count("skipped/not_article")        # a listing, tag or section page
            return
        if record["word_count"] < 25:
            self.count("skipped/no_article_text")
            return
        reason = self._in_window(parse_machine_date(record["published"]), profile)
        if reason:
            self.count(f"skipped/{reason}")
            return
        known = response.meta.get("ns_known")
        if known:
            if fingerprint(record) == known:
                self.count("skipped/unchanged")
                return
            record["modified"] = record["modified"] or response.meta.get("ns_when") \
                or datetime.now(UTC).isoformat(timespec="seconds")
        record["fetched_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        yield record

    @staticmethod
    def _looks_like_article(record: dict, profile: Profile, url: str, signals: dict) -> bool:
        if profile.article_re is not None:
            return looks_like_article_url(url, profile)
        if signals.get("declared_article"):
            return True
        return len(record["paragraphs"]) >= 3 and record["word_count"] >= 150

    def on_error(self, failure):
        request = failure.request
        reason = error_reason(failure)
        if reason in ("robots", "offsite"):
            self.count(f"skipped/{'robots_txt' if reason == 'robots' else reason}")
        else:
            self.count(f"errors/{reason}")
            logger.warning("%s: %s", request.url, reason)
        if request.meta.get("ns_start"):
            self.count("starts_failed")
        self._done(request.meta)


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
        for key in ("robots", "offsite", "redirect_loop", "too_many_redirects"):
            if key.replace("_", " ") in lowered or key in lowered:
                return key
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
