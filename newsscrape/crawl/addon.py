"""``NewsscrapeAddon``: newsscrape's crawl policy for any Scrapy crawl, switched on in one line.

    ADDONS = {"newsscrape.addon.NewsscrapeAddon": 0}

It is what ``newsscrape crawl`` and ``scrapy crawl article`` run with, and what a user's own Scrapy
project adds to get the same crawl from ``yield newsscrape.extract_response(response)``:

* polite defaults (robots.txt, an identifying User-Agent, 4 requests per site with AutoThrottle,
  retries with growing waits honouring Retry-After, size and redirect caps, UTF-8 feeds), set at the
  add-on's priority so a project's own settings still win;
* one item pipeline over ``run.chain``: skipped pages counted, --since/--until, schema validation,
  dedup within the run and against the state, the limit, JSON Lines output with the state record;
* the extensions: ``CrawlRun`` (the state and its run lock, the pool, the chain, the stop) and the
  summary line (with progress on a terminal);
* scrapy-redis's shared queue and dupefilter when ``NEWSSCRAPE_REDIS_URL`` is set.

Settings it reads, all optional: README "As a Scrapy project, and in your own" lists every
``NEWSSCRAPE_*`` setting with its default.
"""

from __future__ import annotations

import logging

from .. import __version__

USER_AGENT = f"newsscrape/{__version__} (+https://pypi.org/project/newsscrape/; Arabic news research crawler)"

POLICY = {
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    # Politeness: few parallel requests per site, a base delay, AutoThrottle adapting to the server.
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_DELAY": 0.5,
    "DOWNLOAD_DELAY_JITTER": 0.5,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
    # Failures: retry transient errors with growing waits (Retry-After honoured), then count them.
    "RETRY_TIMES": 2,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    "NEWSSCRAPE_BACKOFF_BASE": 1.0,
    "NEWSSCRAPE_BACKOFF_MAX": 60.0,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    "REDIRECT_MAX_TIMES": 5,
    # One item per page at most: more concurrent items only add asyncio tasks per response.
    "CONCURRENT_ITEMS": 1,
    "RETRY_GIVE_UP_LOG_LEVEL": "DEBUG",    # a page that failed is one short line from the spider, counted
    # News pages need no cookies: no jar that grows without bound (431 after a few large Set-Cookie),
    # and no Public Suffix List download by the cookie code. COOKIES_ENABLED=True turns them back on.
    "COOKIES_ENABLED": False,
    # A crawl's memory of its requests in 16-32 bytes each (scrapy-redis's own with --redis).
    "DUPEFILTER_CLASS": "newsscrape.crawl.dupefilter.CompactDupeFilter",
    # Output: UTF-8 with Arabic unescaped, in feed exports too; log lines never dump a record.
    "FEED_EXPORT_ENCODING": "utf-8",
    "LOG_FORMATTER": "newsscrape.crawl.logformat.QuietLogFormatter",
    # Nothing listening on local ports: no telnet console, no remote-control HTTP server (Scrapy 2.19).
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
}

PIPELINES = {
    "newsscrape.crawl.pipelines.RecordPipeline": 500,
}
EXTENSIONS = {
    "newsscrape.crawl.extension.CrawlRun": 100,
    "newsscrape.crawl.report.Report": 500,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,   # the same filter with the crawl's scope
    "newsscrape.crawl.scope.ScopedOffsite": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,     # replaced by the backoff one
    "newsscrape.crawl.middlewares.BackoffRetryMiddleware": 550,
    "newsscrape.crawl.middlewares.RedirectGuard": 650,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,   # replaced by the byte check
    "newsscrape.crawl.middlewares.ByteCheckMetaRefreshMiddleware": 580,
}
# Components that only raise NotConfigured when their setting is off are not even imported then: the
# remote-control server pulls in aiohttp and the cookie jar tldextract (about 0.2 s of every start).
# Scrapy imports every key of a component dict and its _BASE to resolve it, a None entry included, so
# they are taken out of the _BASE dict.
SWITCHED_OFF = {
    "REMOTE_CONTROL_ENABLED": ("EXTENSIONS", "scrapy.extensions.remote_control.RemoteControl"),
    "TELNETCONSOLE_ENABLED": ("EXTENSIONS", "scrapy.extensions.telnet.TelnetConsole"),
    "COOKIES_ENABLED": ("DOWNLOADER_MIDDLEWARES", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"),
}


class NewsscrapeAddon:
    """Scrapy add-on (Scrapy >= 2.10 ``ADDONS``)."""

    def update_settings(self, settings) -> None:
        from .items import register

        register()                              # feed exports see an Article's JSON fields
        from .logformat import quiet_page_failure_echoes, quiet_robots_errors

        quiet_robots_errors()                   # an unreachable robots.txt: one line, no traceback
        quiet_page_failure_echoes()             # a page's size or data loss: its own line says it
        for name, value in POLICY.items():
            settings.set(name, value, priority="addon")
        from scrapy.utils.misc import load_object

        for component, order in PIPELINES.items():         # a project that names one (None: off) wins
            settings.setdefault_in_component_priority_dict("ITEM_PIPELINES", load_object(component), order)
        for component, order in EXTENSIONS.items():
            settings.setdefault_in_component_priority_dict("EXTENSIONS", load_object(component), order)
        for component, order in DOWNLOADER_MIDDLEWARES.items():
            settings.set_in_component_priority_dict("DOWNLOADER_MIDDLEWARES", component, order)
        for switch, (kind, component) in SWITCHED_OFF.items():
            base = settings.getdict(f"{kind}_BASE")
            if not settings.getbool(switch) and component in base and component not in settings.getdict(kind):
                del base[component]
                settings.set(f"{kind}_BASE", base, priority=settings.getpriority(f"{kind}_BASE") or 0)
        if settings.get("NEWSSCRAPE_STATE") and settings.get("NEWSSCRAPE_OUTPUT") is None and any(
                (opts or {}).get("overwrite") for opts in settings.getdict("FEEDS").values()):
            logging.getLogger(__name__).warning(
                "an overwriting feed (-O) with NEWSSCRAPE_STATE empties the file while the state skips what it "
                "held; append (-o) or use NEWSSCRAPE_OUTPUT, which writes each line with its state row")
        if redis_url := settings.get("NEWSSCRAPE_REDIS_URL"):
            from .distributed import redis_settings

            for name, value in redis_settings(redis_url, settings.get("NEWSSCRAPE_REDIS_OUTPUT")).items():
                settings.set(name, value, priority="addon")
