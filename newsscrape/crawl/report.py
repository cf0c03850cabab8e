"""Progress on stderr while crawling (on a terminal only) and one summary line at the end."""

from __future__ import annotations

import logging
import sys
import time

from scrapy import signals

from ..run.report import by_reason, summary_line
from ..words import plural

PREFIX = "newsscrape/"


class Report:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.started = time.monotonic()
        self.last = 0.0
        self.tty = sys.stderr.isatty() and crawler.settings.getbool("NEWSSCRAPE_PROGRESS", True)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def response_received(self, response, request, spider=None):
        self.stats.inc_value(PREFIX + "pages")
        if self.tty and time.monotonic() - self.last > 0.5:
            self.last = time.monotonic()
            _clear_progress_before_logs()        # the handlers Scrapy has installed by now
            sys.stderr.write("\r" + self.line(final=False) + "\033[K")
            sys.stderr.flush()

    def spider_closed(self, spider, reason):
        reason = self.stats.get_value(PREFIX + "stop_reason") or reason
        self.stats.set_value(PREFIX + "finish_reason", reason)

    def engine_stopped(self):
        """After Scrapy's own closing lines (its stats dump at INFO): the summary stays the last line."""
        self.write_summary(self.stats.get_value(PREFIX + "finish_reason") or "finished")

    def write_summary(self, reason: str) -> None:
        """The summary line, once, whichever way the crawl ends (the runner calls it after a hard stop)."""
        if self.stats.get_value(PREFIX + "summary_written"):
            return
        self.stats.set_value(PREFIX + "summary_written", True)
        if self.tty:
            sys.stderr.write("\r\033[K")
        if self.crawler.settings.getbool("NEWSSCRAPE_SUMMARY", True):
            sys.stderr.write(self.line(final=True, reason=reason) + "\n")
            sys.stderr.flush()

    def line(self, final: bool, reason: str = "") -> str:
        s = summary(self.stats.get_stats())
        elapsed = max(time.monotonic() - self.started, 1e-6)
        text = (f"newsscrape: {plural(s['pages'], 'page')} fetched, {plural(s['articles'], 'article')} written, "
                f"{plural(sum(s['errors'].values()), 'error')}, {s['pages'] / elapsed:.1f} pages/s")
        if final:
            retried = self.stats.get_value("retry/count", 0)
            found = " ".join(f"{k}={v}" for k, v in sorted(s["discovery"].items()) if k != "candidates")
            text = summary_line(f"{plural(s['pages'], 'page')} fetched", s["articles"], s["skipped"], s["errors"],
                                [f"retried: {retried}", *([f"discovery: {found}"] if found else [])], elapsed, reason)
        return text


class _ClearProgress(logging.Filter):
    """On a terminal, the progress line is redrawn in place: a log line first wipes it, so the two
    never run together on one line (the next progress update draws it again below)."""

    def filter(self, record: logging.LogRecord) -> bool:
        sys.stderr.write("\r\033[K")
        return True


def _clear_progress_before_logs() -> None:
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _ClearProgress) for f in handler.filters):
            handler.addFilter(_ClearProgress())


def summary(stats: dict) -> dict:
    """pages, articles, skipped{reason: n}, errors{reason: n}, start points failed, from Scrapy's stats."""
    out = {"pages": stats.get(PREFIX + "pages", 0), "articles": stats.get(PREFIX + "articles", 0),
           "skipped": {}, "errors": {}, "discovery": {}, "starts": stats.get(PREFIX + "starts", 0),
           "starts_failed": stats.get(PREFIX + "starts_failed", 0),
           "finish_reason": stats.get(PREFIX + "finish_reason")}
    ours = {k[len(PREFIX):]: v for k, v in stats.items() if k.startswith(PREFIX)}
    for kind in ("skipped", "errors", "discovery"):
        out[kind] = by_reason(ours, kind)
    return out
