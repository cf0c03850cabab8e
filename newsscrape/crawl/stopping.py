"""Stopping a crawl on purpose: close the spider with a reason, and make sure it ends soon.

Scrapy's close waits for requests in flight (up to DOWNLOAD_TIMEOUT each, and again when the reactor
shuts down); a user who pressed Ctrl-C or closed the pipe should not wait that long. After ``grace``
seconds ``newsscrape crawl`` writes the summary and exits (``crawler._newsscrape_hard_exit``): every
line written is whole and every state row committed, item by item, so nothing is half done. Under
plain Scrapy (a user's project) the reactor is asked to stop instead.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def stop_crawl(crawler, reason: str, grace: float = 2.0, code: int = 1) -> None:
    """Close the spider with ``reason``; if it has not closed after ``grace`` s, exit with ``code``."""
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor

    if getattr(crawler, "_newsscrape_stopping", None):
        return
    crawler._newsscrape_stopping = reason
    crawler.stats.set_value("newsscrape/stop_reason", reason)
    engine = getattr(crawler, "engine", None)
    if engine is not None and engine.spider is not None:
        deferred_from_coro(engine.close_spider_async(reason=reason)).addErrback(lambda f: None)

    def hard_stop() -> None:
        exit_now = getattr(crawler, "_newsscrape_hard_exit", None)
        if exit_now is not None:
            exit_now(code)
        try:
            reactor.stop()
        except Exception:  # ReactorNotRunning: it stopped on its own meanwhile
            pass

    reactor.callLater(grace, hard_stop)
