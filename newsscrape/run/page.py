"""One way from a page's bytes to a record: ``judge`` gives an ``Article`` or ``Skipped(url, reason, detail)``.

The crawl (its spider and a user's spider through ``newsscrape.extract_response``), the extraction
pool's processes and archive reading all call it, so a page is judged by the same rules however it was
reached: extraction, the Arabic check (archives, where any page of the web turns up), then the article
verdict. A failure of ours is ``Skipped(url, "extraction_failed", detail)``; it never raises.
Both results are picklable, so the pool hands them back as they are.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from ..errors import ExtractionError
from ..record import Article, Skipped
from ..sites import Profile

logger = logging.getLogger(__name__)


def judge(body: bytes, url: str, profile: Profile, *, content_type: str | None = None, vouched: bool = True,
          arabic_only: bool = False, fetched_at: str | None = None, **options: Any) -> Article | Skipped:
    """The page's ``Article`` (``fetched_at`` set: given, else now) or why there is none.

    ``vouched``: the page came from a sitemap, a feed or the user (not a link followed on a listing),
    so it need not look like an article by its URL. ``arabic_only``: refuse pages not in Arabic."""
    from ..extract import extract_page, verdict

    try:
        page = extract_page(body, url, profile, content_type=content_type, **options)
    except ExtractionError as exc:
        return Skipped(url, exc.reason, exc.detail)
    except Exception as exc:  # never let one page stop the run
        logger.debug("extraction failed on %s", url, exc_info=True)
        return Skipped(url, "extraction_failed", f"{type(exc).__name__}: {exc}")
    if arabic_only and page.article.lang != "ar":
        return Skipped(url, "not_arabic")
    if reason := verdict(page, profile, vouched=vouched):
        return Skipped(url, reason)
    return page.article.evolve(fetched_at=fetched_at or datetime.now(UTC).isoformat(timespec="seconds"))
