"""``extract_response``: a Scrapy response in, an ``Article`` or a ``Skipped`` item out.

The one bridge from the crawl to extraction, used by ``ArticleSpider`` and by users' own spiders
(``yield newsscrape.extract_response(response)`` with the add-on enabled).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from ..errors import ExtractionError
from ..extract import extract_page, verdict
from ..pool import judge, make_pool, stop_pool
from ..record import Article, Skipped
from ..sites import Profile, resolve

logger = logging.getLogger(__name__)


def extract_response(response: Any, *, site: str | None = None, profile: Profile | None = None,
                     vouched: bool = True, **options: Any) -> Article | Skipped:
    """An ``Article`` (with ``fetched_at``) when the page is one; else ``Skipped(url, reason)``.

    ``site`` (a slug) or ``profile`` forces the publisher rules; otherwise the URL picks them."""
    url = response.url
    if profile is None:
        profile = resolve(site, url)           # KeyError for an unknown slug: the caller's mistake
    content_type = _html_content_type(response)
    if content_type is None:
        return Skipped(url, "not_html")
    try:
        page = extract_page(response.body, url, profile, content_type=content_type, **options)
    except ExtractionError as exc:
        return Skipped(url, exc.reason, exc.detail)
    except Exception as exc:  # never let one page stop the crawl
        logger.debug("extraction failed on %s", url, exc_info=True)
        return Skipped(url, "extraction_failed", f"{type(exc).__name__}: {exc}")
    reason = verdict(page, profile, vouched=vouched)
    if reason:
        return Skipped(url, reason)
    return page.article.evolve(fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))


def _html_content_type(response: Any) -> str | None:
    """The Content-Type of a text response ("" when the server sent none); None for anything else."""
    from scrapy.http import TextResponse

    if not isinstance(response, TextResponse):
        return None
    return response.headers.get("Content-Type", b"").decode("latin-1")


class CrawlPool:
    """The crawl's extraction processes (NEWSSCRAPE_PROCESSES > 1), one per crawler, made when the
    spider is built (before the reactor's threads start) and shut down when the engine stops."""

    def __init__(self, crawler, processes: int):
        from scrapy import signals

        self.executor = make_pool(processes)
        crawler.signals.connect(self.close, signal=signals.engine_stopped)

    def close(self) -> None:
        stop_pool(self.executor)

    async def extract(self, response: Any, profile: Profile, vouched: bool) -> Article | Skipped:
        """As ``extract_response``, in one of the pool's processes."""
        content_type = _html_content_type(response)
        if content_type is None:
            return Skipped(response.url, "not_html")

        loop = asyncio.get_running_loop()
        try:
            kind, value = await loop.run_in_executor(self.executor, judge, response.url, response.body, content_type,
                                                     profile.slug, vouched)
        except Exception as exc:  # a worker died (killed, out of memory): this page is an error, the crawl goes on
            return Skipped(response.url, "extraction_failed", type(exc).__name__)
        if kind == "article":
            return Article.from_dict(value)
        return Skipped(response.url, value)


def pool_for(crawler) -> CrawlPool | None:
    if not hasattr(crawler, "_newsscrape_pool"):
        processes = crawler.settings.getint("NEWSSCRAPE_PROCESSES", 1)
        crawler._newsscrape_pool = CrawlPool(crawler, processes) if processes > 1 else None
    return crawler._newsscrape_pool
