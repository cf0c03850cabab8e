"""One way from a page's bytes to a record: ``judge`` gives an ``Article`` or ``Skipped(url, reason, detail)``.

The crawl (its spider and a user's spider through ``newsscrape.extract_response``), the extraction
pool's processes and archive reading all call it, so a page is judged by the same rules however it was
reached: extraction, the Arabic check (archives, where any page of the web turns up), then the article
verdict. A failure of ours is ``Skipped(url, "extraction_failed", detail)``; it never raises.
Both results are picklable, so the pool hands them back as they are.
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from ..errors import ExtractionError
from ..record import Article, Skipped
from ..sites import Profile
from .state import fingerprint

logger = logging.getLogger(__name__)

# A page's budget, in every path (crawl, extraction pool, warc, the datatrove step): larger pages are
# skipped unread (too_large: the crawl's DOWNLOAD_MAXSIZE), slower ones are stopped (too_slow). Real
# articles take milliseconds; the budget is for pages built to stall a worker.
MAX_PAGE_BYTES = 10 * 1024 * 1024
PAGE_SECONDS = 30.0


class _OverBudget(Exception):
    pass


@contextmanager
def _time_budget(seconds: float):
    """SIGALRM after ``seconds`` of this page, in the thread that runs it when that is the main thread
    (a pool process, a crawl or warc run, a datatrove task); elsewhere no budget can interrupt it."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def judge(body: bytes, url: str, profile: Profile, *, content_type: str | None = None, vouched: bool = True,
          arabic_only: bool = False, fetched_at: str | None = None, budget: float = PAGE_SECONDS,
          **options: Any) -> Article | Skipped:
    """The page's ``Article`` (``fetched_at`` set: given, else now) or why there is none.

    ``vouched``: the page came from a sitemap, a feed or the user (not a link followed on a listing),
    so it need not look like an article by its URL. ``arabic_only``: refuse pages not in Arabic.
    ``budget``: seconds the page may take (0: none)."""
    from ..extract import extract_page, refusal

    if len(body) > MAX_PAGE_BYTES:
        return Skipped(url, "too_large", f"{len(body)} bytes, over {MAX_PAGE_BYTES}")
    try:
        with _time_budget(budget):
            page = extract_page(body, url, profile, content_type=content_type, **options)
            result = _checked(page, url, profile, vouched, arabic_only, refusal)
    except _OverBudget:
        return Skipped(url, "too_slow", f"over {budget:g} s")
    except ExtractionError as exc:
        return Skipped(url, exc.reason, exc.detail)
    except Exception as exc:  # never let one page stop the run
        logger.debug("extraction failed on %s", url, exc_info=True)
        return Skipped(url, "extraction_failed", f"{type(exc).__name__}: {exc}")
    if isinstance(result, Skipped):
        return result
    return result.evolve(fetched_at=fetched_at or datetime.now(UTC).isoformat(timespec="seconds"),
                         content_fingerprint=fingerprint(result))


def _checked(page, url: str, profile: Profile, vouched: bool, arabic_only: bool, refusal) -> Article | Skipped:
    if arabic_only and page.article.lang != "ar":
        return Skipped(url, "not_arabic")
    if reason := refusal(page, profile, vouched=vouched):
        return Skipped(url, reason)
    return page.article
