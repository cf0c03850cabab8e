"""The crawl, wired on Scrapy: one spider driven by profiles, pipelines, settings, reporting."""
