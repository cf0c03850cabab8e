"""Scrapy settings: every default a polite news crawler needs, set on purpose.

This module is also the settings module of the Scrapy project (scrapy.cfg), so `scrapy crawl
article -a target=youm7 -O out.jsonl` runs with the same policy as `newsscrape crawl`.
"""

from __future__ import annotations

from .. import __version__

BOT_NAME = "newsscrape"
SPIDER_MODULES = ["newsscrape.crawl.spider"]
NEWSPIDER_MODULE = "newsscrape.crawl.spider"

USER_AGENT = f"newsscrape/{__version__} (+https://pypi.org/project/newsscrape/; Arabic news research crawler)"
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, a base delay, AutoThrottle adapting to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Failures: retry transient errors with growing waits (Retry-After honoured), then count them.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
NEWSSCRAPE_BACKOFF_BASE = 1.0
NEWSSCRAPE_BACKOFF_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 4
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsscrape.crawl.middlewares.BackoffRetryMiddleware": 550,
    "newsscrape.crawl.middlewares.RedirectGuard": 650,
}

# Output: UTF-8 with Arabic unescaped, in feed exports too.
FEED_EXPORT_ENCODING = "utf-8"
ITEM_PIPELINES = {
    "newsscrape.crawl.pipelines.ValidatePipeline": 100,
    "newsscrape.crawl.pipelines.DedupPipeline": 200,
    "newsscrape.crawl.pipelines.JsonLinesWriter": 900,
    "newsscrape.crawl.pipelines.RedisOutput": 910,
    "newsscrape.crawl.pipelines.StatePipeline": 950,
}
EXTENSIONS = {"newsscrape.crawl.report.Report": 500}

# Nothing listening on local ports: no telnet console, no remote-control HTTP server (Scrapy 2.19).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

HTTPCACHE_ENABLED = False          # opt-in with --cache DIR
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
LOG_INSTALL_ROOT_HANDLER = True
# Articles before more listing pages: keeps the queue (and memory) short.
DEPTH_PRIORITY = 0
