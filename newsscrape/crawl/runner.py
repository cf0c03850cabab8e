"""Run one crawl in this process and turn its stats into an exit status."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime

from .. import exits
from ..errors import StateError, UsageError
from ..sites import Profile


@dataclass
class CrawlOptions:
    targets: list[str]
    site: Profile | None = None          # --site: the profile URL targets are crawled with
    limit: int = 0
    since: datetime | None = None        # parsed once, by the command line
    until: datetime | None = None
    output: str = "-"
    mode: str = "a"                      # 'a' append (-o), 'w' overwrite (-O)
    concurrency: int | None = None
    delay: float | None = None
    ignore_robots: bool = False
    cache: str | None = None
    log_level: str = "WARNING"
    log_file: str | None = None
    max_pages: int = 5
    follow: bool = False                 # an article URL target: also follow its links
    processes: int = 0                   # extraction processes (0: one per CPU; 1: in the crawl's process)
    state: str | None = None             # SQLite state file (incremental runs)
    changed: bool = False                # re-emit articles whose content changed
    drop_copies: bool = False            # skip a copy of a story already known (counted as "copy")
    wait: bool = False                   # queue behind a run holding the state lock
    redis: str | None = None             # shared frontier, dupefilter and state (scrapy-redis)
    redis_output: str | None = None      # push records to this Redis list instead of a file
    worker: bool = False                 # wait for targets pushed with `newsscrape enqueue`
    idle_timeout: float = 60.0
    settings: dict = field(default_factory=dict)


def build_settings(opts: CrawlOptions):
    from scrapy.settings import Settings

    from . import settings as defaults

    s = Settings()
    s.setmodule(defaults, priority="project")
    s.set("NEWSSCRAPE_OUTPUT", None if opts.redis_output else opts.output, priority="cmdline")
    s.set("NEWSSCRAPE_OUTPUT_MODE", opts.mode, priority="cmdline")
    s.set("NEWSSCRAPE_LIMIT", opts.limit, priority="cmdline")
    s.set("NEWSSCRAPE_SINCE", opts.since, priority="cmdline")
    s.set("NEWSSCRAPE_UNTIL", opts.until, priority="cmdline")
    s.set("NEWSSCRAPE_WAIT", opts.wait, priority="cmdline")
    s.set("NEWSSCRAPE_FOLLOW", opts.follow, priority="cmdline")
    s.set("NEWSSCRAPE_PROCESSES", opts.processes or os.cpu_count() or 1, priority="cmdline")
    if opts.concurrency:
        s.set("CONCURRENT_REQUESTS_PER_DOMAIN", opts.concurrency, priority="cmdline")
        s.set("CONCURRENT_REQUESTS", max(16, opts.concurrency), priority="cmdline")
        s.set("AUTOTHROTTLE_TARGET_CONCURRENCY", float(opts.concurrency), priority="cmdline")
    if opts.delay is not None:
        s.set("DOWNLOAD_DELAY", opts.delay, priority="cmdline")
        if opts.delay == 0:
            s.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
            s.set("DOWNLOAD_DELAY_JITTER", 0, priority="cmdline")
    if opts.ignore_robots:
        s.set("ROBOTSTXT_OBEY", False, priority="cmdline")
    if opts.cache:
        s.set("HTTPCACHE_ENABLED", True, priority="cmdline")
        # Scrapy puts a relative HTTPCACHE_DIR under .scrapy/: the user's DIR is where they are.
        s.set("HTTPCACHE_DIR", os.path.abspath(opts.cache), priority="cmdline")
    s.set("LOG_LEVEL", opts.log_level.upper(), priority="cmdline")
    if opts.log_level.upper() in ("WARNING", "ERROR") and not opts.log_file:
        # At the default level stderr is for people: "newsscrape: URL: reason", as `warc` and the summary
        # write it; INFO and DEBUG (and log files) keep Scrapy's time, logger and level.
        s.set("LOG_FORMAT", "newsscrape: %(message)s", priority="cmdline")
    if opts.log_file:
        s.set("LOG_FILE", opts.log_file, priority="cmdline")
    if opts.state:
        s.set("NEWSSCRAPE_STATE", opts.state, priority="cmdline")
    s.set("NEWSSCRAPE_CHANGED", opts.changed, priority="cmdline")     # with the state or with --redis
    s.set("NEWSSCRAPE_DROP_COPIES", opts.drop_copies, priority="cmdline")
    if opts.redis:
        s.set("NEWSSCRAPE_REDIS_URL", opts.redis, priority="cmdline")
        if opts.redis_output:
            s.set("NEWSSCRAPE_REDIS_OUTPUT", opts.redis_output, priority="cmdline")
    for name, value in opts.settings.items():
        s.set(name, value, priority="cmdline")
    return s


def run_crawl(opts: CrawlOptions) -> tuple[int, dict]:
    """Crawl; (exit status, summary). Raises TargetError for bad targets, UsageError for options
    that cannot run, LockedError when another run holds the state file (``CrawlRun``)."""
    from scrapy.crawler import CrawlerProcess

    from ..run.heap import keep_large_blocks_mapped
    from ..targets import resolve_targets
    from .extension import CrawlRun
    from .report import summary
    from .spider import ArticleSpider

    plans = resolve_targets(opts.targets, opts.site)     # once; usage errors before anything starts
    keep_large_blocks_mapped()                           # a long crawl's heap does not creep (run/heap.py)
    if opts.redis:
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise UsageError("--redis needs scrapy-redis: pip install 'newsscrape[redis]'") from None
    settings = build_settings(opts)
    received: list[int] = []
    failures: list[BaseException] = []

    class Process(CrawlerProcess):
        def _signal_shutdown(self, signum, frame):
            from twisted.internet import reactor

            received.append(signum)
            sys.stderr.write("newsscrape: stopping… (again to stop at once)\n")
            sys.stderr.flush()
            signal.signal(signal.SIGINT, self._signal_kill)
            signal.signal(signal.SIGTERM, self._signal_kill)
            reactor.callFromThread(_run(crawler).stop, "shutdown", 2.0, 128 + signum)

        def _signal_kill(self, signum, frame):
            from twisted.internet import reactor

            received.append(signum)
            # From the reactor, between two items: never between a line and its state row.
            reactor.callFromThread(hard_exit, 128 + received[0], "killed")

    def hard_exit(code: int, reason: str = "") -> None:
        """The summary, then exit now: lines and state rows are complete item by item."""
        stats = crawler.stats.get_stats() if crawler.stats else {}
        _write_summary(crawler, reason or stats.get("newsscrape/stop_reason") or "stopped")
        sys.stderr.flush()
        os._exit(code)

    def _run(crawler) -> CrawlRun:
        return crawler.get_extension(CrawlRun)

    process = Process(settings)
    crawler = process.create_crawler(ArticleSpider)
    done = process.crawl(crawler, plans=plans, max_pages=opts.max_pages, worker=opts.worker,
                         idle_timeout=opts.idle_timeout)
    done.addErrback(lambda failure: failures.append(failure.value))
    if not failures and getattr(crawler, "_extensions", None) is not None:
        _run(crawler).hard_exit = hard_exit        # built by now: the crawl starts synchronously
    import gc

    gc.freeze()          # the imported modules are never garbage: keep collections off them (no collect()
    #                      first: it cost 26 ms of every start, to drop the little garbage imports leave)
    process.start()
    if failures:
        if isinstance(failures[0], sqlite3.Error | OSError):
            raise StateError(f"cannot open the state {opts.state}: {failures[0]}") from None
        raise failures[0]
    stats = crawler.stats.get_stats() if crawler.stats else {}
    reason = stats.get("newsscrape/stop_reason") or stats.get("newsscrape/finish_reason") or "stopped"
    _write_summary(crawler, reason)                  # when a hard stop came before the spider closed
    result = summary(stats)
    if result["finish_reason"] is None:
        result["finish_reason"] = reason
    status = exits.for_run(stop_reason=stats.get("newsscrape/stop_reason"),
                           signal=received[0] if received else None, starts=result["starts"],
                           starts_failed=result["starts_failed"], articles=result["articles"],
                           errors=result["errors"])
    return status, result


def _write_summary(crawler, reason: str) -> None:
    from .report import Report

    if crawler.stats is None or getattr(crawler, "_extensions", None) is None:
        return
    if (report := crawler.get_extension(Report)) is not None:
        report.write_summary(reason)
