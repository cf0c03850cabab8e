"""Log lines that never dump a record: a dropped or failed item is named by its URL only.

Scrapy's own formatter prints the whole item with every drop (a duplicate, a limit reached), which
turns stderr into a copy of the output. Drops are counted in the summary; here they are one INFO line
each (URL and reason).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy.logformatter import LogFormatter


def _url(item) -> str:
    url = getattr(item, "url", None)
    if url is None and hasattr(item, "get"):
        url = item.get("url")
    return str(url or "?")


class QuietLogFormatter(LogFormatter):
    def scraped(self, item, response, spider):
        return {"level": logging.DEBUG, "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item, exception, response, spider):
        """One INFO line per page skipped, with the reason it is counted under in the summary."""
        return {"level": logging.INFO, "msg": "skipped %(url)s: %(reason)s",
                "args": {"url": _url(item), "reason": str(exception).split(":", 1)[0]}}

    def item_error(self, item, exception, response, spider):
        return {"level": logging.ERROR, "msg": "Could not process %(url)s: %(error)s",
                "args": {"url": _url(item), "error": f"{type(exception).__name__}: {exception}"}}


class _RobotsErrorFilter(logging.Filter):
    """Scrapy logs an unreachable robots.txt as an ERROR with a long Twisted traceback; the crawl goes
    on as if allowed. Keep one WARNING line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and record.exc_info:
            error = record.exc_info[1]
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            request = record.args.get("request") if isinstance(record.args, dict) else None
            record.msg = "%s unreachable (%s); crawling %s as if robots.txt allowed everything"
            record.args = (_robots_url(getattr(request, "url", "")), _why(error), _host(getattr(request, "url", "")))
        return True


def _robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt" if parts.netloc else "robots.txt"


def _host(url: str) -> str:
    return urlsplit(url).hostname or "the site"


def _why(error: BaseException | None) -> str:
    name = type(error).__name__ if error else "error"
    if "Resolve" in name or "DNS" in name:
        return "host could not be resolved"
    if "Refused" in name:
        return "connection refused"
    if "Timeout" in name:
        return "timed out"
    return name


def quiet_robots_errors() -> None:
    target = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
    if not any(isinstance(f, _RobotsErrorFilter) for f in target.filters):
        target.addFilter(_RobotsErrorFilter())


class _PageFailureEcho(logging.Filter):
    """Scrapy's own warnings about one page's size or a body cut short ("Expected to receive … larger
    than download max size", "Ignored response … exceeded DOWNLOAD_MAXSIZE", "Got data loss in …",
    the warn-size notice for a page that was fetched) say again what newsscrape's line for that page
    says (too_large, data_loss), or nothing the user must act on: they are DEBUG lines, shown with
    --log-level DEBUG only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.CRITICAL:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"      # the handler's level decides
        return True


_PAGE_FAILURE_LOGGERS = ("scrapy.core.downloader.handlers.http11", "scrapy.core.http2.stream",
                         "scrapy.downloadermiddlewares.httpcompression")


def quiet_page_failure_echoes() -> None:
    for name in _PAGE_FAILURE_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, _PageFailureEcho) for f in target.filters):
            target.addFilter(_PageFailureEcho())
