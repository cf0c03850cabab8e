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
        name = type(exception).__name__
        if "DNSLookup" in name or "Resolve" in name or "gaierror" in name:
            return None             # a host that does not resolve (offline, a typo) is not retried
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
        spider = self.crawler.spider
        if (admit := getattr(spider, "admit_shared", None)) is not None:
            admit(request)                    # a worker's request from the shared queue: its site is the crawl's
        allowed = getattr(spider, "allowed", None)
        if allowed is not None and not allowed(target):
            raise IgnoreRequest(f"offsite redirect to {urlsplit(target).netloc}")
        return response


_HTTP_EQUIV_REFRESH = re.compile(rb"http-equiv\s*=\s*[\"']?\s*refresh")


class ByteCheckMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirect without decoding every page. Scrapy decodes the whole body to read
    its first 4,096 characters; here a page whose first 16 KB (at least 4,096 characters of UTF-8) hold
    no ``http-equiv=refresh`` is passed on untouched, and one that does is read from those 16 KB only.
    UTF-16/32 pages, where bytes cannot tell, go to Scrapy's check whole."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if not isinstance(response, HtmlResponse):
            return response
        head = response.body[:16384]
        if b"\x00" in head[:512]:
            return super().process_response(request, response)
        low = head.lower()
        if b"refresh" not in low or not _HTTP_EQUIV_REFRESH.search(low):
            return response
        first = response.replace(body=head)
        result = super().process_response(request, first)
        return response if result is first else result
