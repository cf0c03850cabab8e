"""``extract_response``: a Scrapy response in, an ``Article`` or a ``Skipped`` item out.

The crawl's bridge to ``run.page.judge``, used by ``ArticleSpider`` and by users' own spiders
(``yield newsscrape.extract_response(response)`` with the add-on enabled).
"""

from __future__ import annotations

from typing import Any

from ..record import Article, Skipped
from ..run.page import judge
from ..sites import Profile, resolve


def extract_response(response: Any, *, site: str | None = None, profile: Profile | None = None,
                     vouched: bool = True, **options: Any) -> Article | Skipped:
    """An ``Article`` (with ``fetched_at``) when the page is one; else ``Skipped(url, reason)``.

    ``site`` (a slug) or ``profile`` forces the publisher rules; otherwise the URL picks them."""
    if profile is None:
        profile = resolve(site, response.url)     # UnknownSite for an unknown slug: the caller's mistake
    content_type = html_content_type(response)
    if content_type is None:
        return Skipped(response.url, "not_html")
    return judge(response.body, response.url, profile, content_type=content_type, vouched=vouched, **options)


def html_content_type(response: Any) -> str | None:
    """The Content-Type of a text response ("" when the server sent none); None for anything else."""
    from scrapy.http import TextResponse

    if not isinstance(response, TextResponse):
        return None
    return response.headers.get("Content-Type", b"").decode("latin-1")
