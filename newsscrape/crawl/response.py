"""A Scrapy response as a ``FetchedPage`` (``page_of``), and ``extract_response``: a response in, an
``Article`` or a ``Skipped`` item out, for users' own spiders (``yield newsscrape.extract_response(response)``
with the add-on enabled). The crawl's own spider hands its pages to the run's extractor.
"""

from __future__ import annotations

from typing import Any

from ..record import Article, Skipped
from ..run.page import DEFAULT_OPTIONS, ExtractionOptions, FetchedPage, judge
from ..sites import resolve


def page_of(response: Any, origin: str, vouched: bool) -> FetchedPage | Skipped:
    """The response as a fetched page; ``Skipped(url, "not_html")`` for one that is not text."""
    content_type = html_content_type(response)
    if content_type is None:
        return Skipped(response.url, "not_html")
    return FetchedPage(response.url, response.body, content_type, origin=origin, vouched=vouched)


def extract_response(response: Any, *, site: str | None = None, vouched: bool = True,
                     options: ExtractionOptions = DEFAULT_OPTIONS) -> Article | Skipped:
    """An ``Article`` (with ``fetched_at``) when the page is one; else ``Skipped(url, reason)``.

    ``site`` (a slug) forces the publisher rules; otherwise the URL picks them."""
    profile = resolve(site, response.url)         # UnknownSite for an unknown slug: the caller's mistake
    page = page_of(response, "named", vouched)
    return page if isinstance(page, Skipped) else judge(page, profile, options)


def html_content_type(response: Any) -> str | None:
    """The Content-Type of a text response ("" when the server sent none); None for anything else."""
    from scrapy.http import TextResponse

    if not isinstance(response, TextResponse):
        return None
    return response.headers.get("Content-Type", b"").decode("latin-1")
