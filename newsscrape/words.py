"""How the summaries word their counts (shared by the crawl and archive reading; no Scrapy here)."""

from __future__ import annotations


def plural(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``, ``0 articles``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
