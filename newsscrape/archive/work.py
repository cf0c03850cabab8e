"""One archived response in, an article (as its JSON object) or a skip reason out: what each process
of the pool runs. Module-level and picklable; the same extraction and verdict as the crawl."""

from __future__ import annotations

import signal
from typing import Any

from ..errors import ExtractionError
from ..extract import extract_page, verdict
from ..sites import for_url, get


def init_worker() -> None:
    """Workers leave SIGINT/SIGTERM to the parent, which stops the pool cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def extract_response(url: str, body: bytes, content_type: str | None, date: str | None,
                     site: str | None) -> tuple[str, Any]:
    """("article", record dict) or ("skipped", reason)."""
    profile = get(site) if site else for_url(url)
    try:
        page = extract_page(body, url, profile, content_type=content_type)
    except ExtractionError as exc:
        return "skipped", exc.reason
    except Exception:  # never let one page stop the run
        return "error", "extraction_failed"
    if page.article.lang != "ar":
        return "skipped", "not_arabic"
    reason = verdict(page, profile, vouched=False)
    if reason:
        return "skipped", reason
    return "article", page.article.evolve(fetched_at=_iso(date)).to_dict()


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    return date.replace("Z", "+00:00") if date.endswith("Z") else date
