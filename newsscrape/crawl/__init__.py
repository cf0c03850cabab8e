"""The crawl on Scrapy, and only its components: the spider, one pipeline and one extension over ``run/``."""
