"""Run one crawl in this process and turn its stats into an exit status."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import exits


@dataclass
class CrawlOptions:
    targets: list[str]
    site: str | None = None
    limit: int = 0
    since: str | None = None
    until: str | None = None
    output: str = "-"
    mode: str = "a"                      # 'a' append (-o), 'w' overwrite (-O)
    concurrency: int | None = None
    delay: float | None = None
    ignore_robots: bool = False
    cache: str | None = None
    log_level: str = "WARNING"
    log_file: str | None = None
    max_pages: int = 5
    state: str | None = None             # SQLite state file (incremental runs)
    changed: bool = False                # re-emit articles whose content changed
    wait: bool = False                   # queue behind a run holding the state lock
    resume: str | None = None            # Scrapy JOBDIR for long backfills
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
        s.set("HTTPCACHE_DIR", opts.cache, priority="cmdline")
    s.set("LOG_LEVEL", opts.log_level.upper(), priority="cmdline")
    if opts.log_file:
        s.set("LOG_FILE", opts.log_file, priority="cmdline")
    if opts.state:
        s.set("NEWSSCRAPE_STATE", opts.state, priority="cmdline")
        s.set("NEWSSCRAPE_CHANGED", opts.changed, priority="cmdline")
    if opts.resume:
        s.set("JOBDIR", opts.resume, priority="cmdline")
    if opts.redis:
        s.set("NEWSSCRAPE_REDIS_URL", opts.redis, priority="cmdline")
        if opts.redis_output:
            s.set("NEWSSCRAPE_REDIS_OUTPUT", opts.redis_output, priority="cmdline")
    for name, value in opts.settings.items():
        s.set(name, value, priority="cmdline")
    return s


def run_crawl(opts: CrawlOptions) -> tuple[int, dict]:
    """Crawl; (exit status, summary). Raises TargetError/ValueError for bad targets or windows,
    LockedError when another run holds the state file (the add-on's lock extension)."""
    from scrapy.crawler import CrawlerProcess

    from .report import summary
    from .spider import ArticleSpider, resolve_targets
    from .window import Window

    resolve_targets(opts.targets, opts.site)       # usage errors before anything starts
    if opts.redis:
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise ValueError("--redis needs scrapy-redis: pip install 'newsscrape[redis]'") from None
    settings = build_settings(opts)
    Window.from_settings(settings)                 # a bad --since/--until is a usage error
    received: list[int] = []
    failures: list[BaseException] = []

    class Process(CrawlerProcess):
        def _signal_shutdown(self, signum, frame):
            received.append(signum)
            super()._signal_shutdown(signum, frame)

    process = Process(settings)
    crawler = process.create_crawler(ArticleSpider)
    done = process.crawl(crawler, target=opts.targets, site=opts.site, max_pages=opts.max_pages,
                         worker=opts.worker, idle_timeout=opts.idle_timeout)
    done.addErrback(lambda failure: failures.append(failure.value))
    process.start()
    if failures:
        raise failures[0]
    result = summary(crawler.stats.get_stats() if crawler.stats else {})
    if received:
        return 128 + received[0], result          # 130 for SIGINT, 143 for SIGTERM
    return exit_status(result), result


def exit_status(result: dict) -> int:
    if result["starts"] and result["starts_failed"] >= result["starts"] and not result["articles"]:
        return exits.NOTHING
    if result["errors"]:
        return exits.PAGE_ERRORS
    return exits.OK
