"""Extraction on every core: a process pool and the one function its processes run.

``judge`` extracts one page and applies the article verdict, returning plain picklable values:
("article", record dict), ("skipped", reason) or ("error", reason). The crawl awaits it from its
callbacks (``NEWSSCRAPE_PROCESSES``) and archive reading submits to it; both keep one writer in the main
process. Processes are forked when the pool is made (before the crawl's threads start) and warmed up
with one call, with the garbage collector's view of the imported modules frozen.
"""

from __future__ import annotations

import gc
import signal
from datetime import UTC, datetime
from typing import Any


def init_worker() -> None:
    """Workers leave SIGINT/SIGTERM to the parent, which stops the pool cleanly, and die with it
    however it ends (Linux: PR_SET_PDEATHSIG), so no worker outlives a killed run holding its pipes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass                                                            # not Linux: the parent stops them
    gc.freeze()


def make_pool(processes: int):
    """A warmed-up pool of ``processes`` forked workers."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"), initializer=init_worker)
    pool.submit(_ready).result()
    return pool


def _ready() -> bool:
    return True


def judge(url: str, body: bytes, content_type: str | None, site: str | None, vouched: bool,
          fetched_at: str | None = None, arabic_only: bool = False) -> tuple[str, Any]:
    """Extract one page and decide whether it is an article (same rules everywhere)."""
    from .errors import ExtractionError
    from .extract import extract_page, verdict
    from .sites import for_url, get

    profile = get(site) if site else for_url(url)
    try:
        page = extract_page(body, url, profile, content_type=content_type)
    except ExtractionError as exc:
        return "skipped", exc.reason
    except Exception:  # never let one page stop the run
        return "error", "extraction_failed"
    if arabic_only and page.article.lang != "ar":
        return "skipped", "not_arabic"
    reason = verdict(page, profile, vouched=vouched)
    if reason:
        return "skipped", reason
    stamp = fetched_at or datetime.now(UTC).isoformat(timespec="seconds")
    return "article", page.article.evolve(fetched_at=stamp).to_dict()
