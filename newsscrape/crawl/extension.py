"""``CrawlRun``: the one extension of a newsscrape crawl. It owns what the crawl's components share.

* the state store (SQLite at NEWSSCRAPE_STATE, held with its run lock, or Redis at NEWSSCRAPE_REDIS_URL),
  opened once, before anything is fetched;
* the record chain (``run.chain``: window, validate, dedup, limit, write + state) with its output
  (NEWSSCRAPE_OUTPUT, NEWSSCRAPE_REDIS_OUTPUT, or none: Scrapy's feed exports write), counting into
  the crawl's stats under ``newsscrape/``; --limit lives there and nowhere else;
* the extraction pool (NEWSSCRAPE_PROCESSES > 1);
* the stop: a reason, and an exit after a grace period when the crawl does not end by itself.

The spider, the record pipeline and the Redis scheduler find it with ``crawler.get_extension(CrawlRun)``.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from ..record import Article, Skipped
from ..run.chain import Chain
from ..run.extractor import Extractor
from ..run.health import RunHealth, keep
from ..run.state import RunLock, StateStore
from ..run.window import Window
from ..sites import Profile
from .response import page_of

logger = logging.getLogger(__name__)
PREFIX = "newsscrape/"
HEALTH_RUNS = 10                      # the runs a crawl's own health lines compare with (and `health`)


class CrawlRun:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stopping: str | None = None
        self.hard_exit = None                 # set by `newsscrape crawl`: exit(code) after a stop's grace
        self.scheduler = None                 # the shared (Redis) scheduler registers itself here
        self.lock = self._lock(settings)
        self.store = self._store(settings)
        self.window = Window.from_settings(settings)
        self.changed = settings.getbool("NEWSSCRAPE_CHANGED")
        self.health = RunHealth("crawl")
        self.chain = Chain(self.count, window=self.window, store=self.store, changed=self.changed,
                           limit=settings.getint("NEWSSCRAPE_LIMIT", 0), output=self._output(settings),
                           health=self.health, stories=self.store.stories() if self.store is not None else None,
                           drop_copies=settings.getbool("NEWSSCRAPE_DROP_COPIES"))
        self.extractor = Extractor(settings.getint("NEWSSCRAPE_PROCESSES", 1))
        crawler.signals.connect(self._item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self._response, signal=signals.response_received)
        crawler.signals.connect(self._engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler) -> CrawlRun:
        return cls(crawler)

    @staticmethod
    def of(crawler) -> CrawlRun:
        """The crawl's extension; a clear error for a crawl without the newsscrape add-on."""
        run = crawler.get_extension(CrawlRun)
        if run is None:
            raise NotConfigured("newsscrape's crawl components need the add-on: "
                                "ADDONS = {'newsscrape.addon.NewsscrapeAddon': 0}")
        return run

    # ---- what it owns --------------------------------------------------------------------------

    @staticmethod
    def _lock(settings) -> RunLock | None:
        """One run at a time per SQLite state file (every way of running the crawl); LockedError
        when the crawler is built, before anything is fetched; NEWSSCRAPE_WAIT queues instead."""
        path = settings.get("NEWSSCRAPE_STATE")
        if not path or settings.get("NEWSSCRAPE_REDIS_URL"):
            return None
        lock = RunLock(path)
        lock.acquire(wait=settings.getbool("NEWSSCRAPE_WAIT"))
        return lock

    @staticmethod
    def _store(settings):
        if settings.get("NEWSSCRAPE_REDIS_URL"):
            from ..run.redis import HEARTBEAT_SECONDS, RedisState

            return RedisState(settings.get("NEWSSCRAPE_REDIS_URL"), settings.getfloat("NEWSSCRAPE_REDIS_OUTAGE", 30.0),
                              settings.getfloat("NEWSSCRAPE_REDIS_HEARTBEAT", HEARTBEAT_SECONDS))
        if settings.get("NEWSSCRAPE_STATE"):
            return StateStore(settings.get("NEWSSCRAPE_STATE"))
        return None

    def _output(self, settings):
        if settings.get("NEWSSCRAPE_OUTPUT") is not None:
            from ..run.output import JsonLinesOutput

            return JsonLinesOutput(settings.get("NEWSSCRAPE_OUTPUT"), settings.get("NEWSSCRAPE_OUTPUT_MODE", "a"),
                                   self.store)
        if settings.get("NEWSSCRAPE_REDIS_OUTPUT"):
            from ..run.redis import ListOutput

            return ListOutput(settings.get("NEWSSCRAPE_REDIS_URL"), settings.get("NEWSSCRAPE_REDIS_OUTPUT"))
        return None

    def open(self) -> None:
        if self.chain.output is not None:
            self.chain.output.open()

    def close(self) -> None:
        if self.chain.output is not None:
            self.chain.output.close()
        if self.store is not None:
            self.keep_health()
            self.store.close()

    def keep_health(self) -> None:
        """This run's figures per publisher into the state, then one warning line per publisher whose
        figures fell against its own history (``newsscrape health`` shows the whole table)."""
        reason = self.crawler.stats.get_value(PREFIX + "stop_reason") or "finished"
        for line in keep(self.store, self.health, reason, HEALTH_RUNS):
            logger.warning("%s", line)

    def _response(self, response=None, request=None, spider=None, **kwargs) -> None:
        if response is not None:
            self.health.fetched(response.url)

    def _engine_stopped(self) -> None:
        self.extractor.close()
        if self.lock is not None:
            self.lock.release()

    # ---- counts and the limit ------------------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(PREFIX + key, n)

    @property
    def written(self) -> int:
        return self.chain.written

    @property
    def full(self) -> bool:
        return self.chain.full

    def remaining(self) -> int | None:
        """Articles still to write under --limit (0 once it is reached); None without a limit."""
        return max(0, self.chain.limit - self.chain.written) if self.chain.limit else None

    def before_fetch(self, url: str, listed_at) -> str | None:
        """The skip reason of a listed URL the run's dedup says needs no fetch, else None."""
        return self.chain.dedup.before_fetch(url, listed_at)

    def window_reason(self, when, timezone: str | None) -> str | None:
        """too_old / too_new for a moment outside --since/--until, else None."""
        return self.window.reason(when, timezone)

    def _item_scraped(self, item=None, response=None, spider=None, **kwargs) -> None:
        if self.chain.full and not self.stopping:
            self.stop("limit", hard=False)

    # ---- extraction ------------------------------------------------------------------------------

    async def judge(self, response: Any, profile: Profile, origin: str, vouched: bool) -> Article | Skipped:
        """A response's record by the run's extractor (in the pool when the crawl has one)."""
        page = page_of(response, origin, vouched)
        return page if isinstance(page, Skipped) else await self.extractor.judge_async(page, profile)

    def judge_here(self, response: Any, profile: Profile, origin: str, vouched: bool) -> Article | Skipped:
        """The same, in this process (a start page, read before its links are followed)."""
        page = page_of(response, origin, vouched)
        return page if isinstance(page, Skipped) else self.extractor.judge(page, profile)

    # ---- stopping ------------------------------------------------------------------------------

    def stop(self, reason: str, grace: float = 2.0, code: int = 1, hard: bool = True) -> None:
        """Close the spider with ``reason``. Scrapy's close waits for requests in flight (up to
        DOWNLOAD_TIMEOUT each); a user who pressed Ctrl-C or closed the pipe should not wait that
        long: with ``hard``, after ``grace`` s `newsscrape crawl` writes the summary and exits with
        ``code`` (every line written is whole and every state row committed, item by item), and under
        plain Scrapy the reactor is asked to stop."""
        from scrapy.utils.defer import deferred_from_coro
        from twisted.internet import reactor

        if self.stopping:
            return
        self.stopping = reason
        self.crawler.stats.set_value(PREFIX + "stop_reason", reason)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason=reason)).addErrback(lambda f: None)
        if hard:
            reactor.callLater(grace, self._hard_stop, code)

    def _hard_stop(self, code: int) -> None:
        from twisted.internet import reactor

        if self.hard_exit is not None:
            self.hard_exit(code)
        try:
            reactor.stop()
        except Exception:  # ReactorNotRunning: it stopped on its own meanwhile
            pass

