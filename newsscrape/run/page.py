"""A page from fetch to record: ``FetchedPage`` is a page as it was fetched, from wherever it came, and
``judge`` gives its ``Article`` or ``Skipped(url, reason, detail)``.

The crawl (its spider and a user's spider through ``newsscrape.extract_response``), ``newsscrape warc`` and
the datatrove step make a ``FetchedPage`` and hand it to one extractor (``run.extractor``: a process pool
or this process), so a page is judged by the same rules however it was reached: extraction, the Arabic
check (archives, where any page of the web turns up), then the article check. A failure of ours is
``Skipped(url, "extraction_failed", detail)``; it never raises. All three types are picklable, so the
pool takes pages and hands results back as they are.
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

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


# Where a page came from. Pages from a sitemap or a feed, a start point the user named and a user's own
# spider's responses are vouched for (their address says "article"); a link followed on a listing page
# must look like an article; an archive's page must also be Arabic.
ORIGINS = ("sitemap", "feed", "named", "listing", "archive")


@dataclass(frozen=True)
class ExtractionOptions:
    """How records are written (``newsscrape extract --strip-diacritics --ascii-digits``)."""

    strip_diacritics: bool = False
    ascii_digits: bool = False


@dataclass(frozen=True)
class FetchedPage:
    """A page as fetched: its address, its bytes and Content-Type ("" when the server sent none), when it
    was fetched (ISO 8601; None: now), where it came from (``ORIGINS``), and whether that vouches for it."""

    url: str
    body: bytes
    content_type: str | None = None
    fetched_at: str | None = None
    origin: str = "named"
    vouched: bool = True

    @property
    def arabic_only(self) -> bool:
        return self.origin == "archive"


DEFAULT_OPTIONS = ExtractionOptions()


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


def judge(fetched: FetchedPage, profile: Profile, options: ExtractionOptions = DEFAULT_OPTIONS,
          budget: float = PAGE_SECONDS) -> Article | Skipped:
    """The page's ``Article`` (``fetched_at`` set: the page's, else now) or why there is none.
    ``budget``: seconds the page may take (0: none)."""
    from ..extract import extract_page, refusal

    body, url, fetched_at = fetched.body, fetched.url, fetched.fetched_at
    if len(body) > MAX_PAGE_BYTES:
        return Skipped(url, "too_large", f"{len(body)} bytes, over {MAX_PAGE_BYTES}")
    try:
        with _time_budget(budget):
            page = extract_page(body, url, profile, content_type=fetched.content_type,
                                strip_diacritics=options.strip_diacritics, ascii_digits=options.ascii_digits)
            result = _checked(page, url, profile, fetched.vouched, fetched.arabic_only, refusal)
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
