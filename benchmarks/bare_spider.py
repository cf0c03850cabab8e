"""The yardstick for benchmarks/crawl.py: a bare Scrapy spider fetching the same sitemap and pages,
doing nothing with them (no extraction, no pipelines), with the same concurrency and no delays.

    scrapy runspider benchmarks/bare_spider.py -a url=http://127.0.0.1:PORT/sitemap.xml -s CONCURRENT_REQUESTS=32
"""

from __future__ import annotations

import scrapy
from scrapy.spiders import SitemapSpider


class BareSpider(SitemapSpider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": False, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                       "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "ERROR"}

    def __init__(self, url: str = "", **kwargs):
        super().__init__(**kwargs)
        self.sitemap_urls = [url]

    def parse(self, response: scrapy.http.Response):
        self.crawler.stats.inc_value("bare/pages")
