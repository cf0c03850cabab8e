"""The public name of newsscrape's Scrapy add-on: ``ADDONS = {"newsscrape.addon.NewsscrapeAddon": 0}``.
It configures a crawl, so it lives with the crawl's components (``newsscrape.crawl.addon``)."""

from .crawl.addon import POLICY, USER_AGENT, NewsscrapeAddon

__all__ = ["POLICY", "USER_AGENT", "NewsscrapeAddon"]
