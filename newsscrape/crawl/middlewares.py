"""Downloader middlewares: retries that wait before trying again (Retry-After when the server gives it,
else 1s, 2s, 4s, ...), a guard on redirects, and a meta-refresh check that decodes only pages that have one."""

from __future__ import annotations

import asyncio
import logging
import re
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response

logger = logging.getLogger(__name__)


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("NEWSSCRAPE_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("NEWSSCRAPE_BACKOFF_MAX", 60.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, None))
        return result

    def _delay(self, retry: Request, response: Response | None) -> float:
        attempt = retry.meta.get("retry_times", 1)
        delay = self.base * 2 ** (attempt - 1)
        if response is not None:
            header = response.headers.get(b"Retry-After")
            if header:
                try:
                    delay = float(header.decode("ascii", "ignore").strip())
                except ValueError:
                    pass
        return max(0.0, min(delay, self.cap))


class RedirectGuard:
    """Sees a redirect before Scrapy follows it: a loop, or a hop off the crawl's domains, stops here
    with a reason (Scrapy alone drops both silently, as a filtered duplicate or an offsite request)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        location = response.headers[b"Location"].decode("latin-1")
        target = urljoin(request.url, location)
        seen = {*request.meta.get("redirect_urls", ()), request.url}
        if target in seen:
            raise IgnoreRequest(f"redirect_loop: {request.url} -> {target}")
        if urlsplit(target).scheme not in ("http", "https"):
            raise IgnoreRequest(f"offsite redirect to a {urlsplit(target).scheme}: URL")
        allowed = getattr(self.crawler.spider, "allowed", None)
        if allowed is not None and not allowed(target):
            raise IgnoreRequest(f"offsite redirect to {urlsplit(target).netloc}")
        return response


_REFRESH = re.compile(rb"refresh", re.I)


class ByteCheckMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirect, which decodes the whole page to read its first 4,096 characters,
    called only for a page whose first bytes hold "refresh" at all (or that is UTF-16/32, where bytes
    cannot tell). Most pages have none: the crawl's process then never decodes them (extraction
    decodes them again in its own process)."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if isinstance(response, HtmlResponse):
            head = response.body[:16384]                # 4,096 characters are at most 16 KB of UTF-8
            if not _REFRESH.search(head) and b"\x00" not in head[:512]:
                return response
        return super().process_response(request, response)
