"""The Scrapy project settings (scrapy.cfg): the spider module and the newsscrape add-on.

All crawl policy (politeness, retries, pipelines, output, state, lock) lives in the add-on
(``newsscrape.addon``), so `scrapy crawl article -a target=youm7 -O out.jsonl`, `newsscrape crawl`
and a user's own project with ``ADDONS = {"newsscrape.addon.NewsscrapeAddon": 0}`` run the same crawl.
"""

BOT_NAME = "newsscrape"
SPIDER_MODULES = ["newsscrape.crawl.spider"]
NEWSPIDER_MODULE = "newsscrape.crawl.spider"
ADDONS = {"newsscrape.addon.NewsscrapeAddon": 0}

# Listing pages are followed up to --max-pages by the spider itself; depth must never cut them.
DEPTH_LIMIT = 0
DEPTH_PRIORITY = 0
HTTPCACHE_ENABLED = False          # opt-in with --cache DIR
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
LOG_INSTALL_ROOT_HANDLER = True
