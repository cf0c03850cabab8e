"""newsscrape: clean article records from Arabic news sites.

    >>> from newsscrape import extract_article, segment_text
    >>> record = extract_article(html_bytes, url="https://www.youm7.com/story/...")

The extraction stack is imported on first use, so that importing the package (and running
``newsscrape --help``) stays fast.
"""

from __future__ import annotations

from typing import Any

from .errors import ExtractionError

__version__ = "0.1.0"
__all__ = ["ExtractionError", "__version__", "extract_article", "segment_text"]


def extract_article(html: bytes | str, url: str | None = None, site: str | None = None, **options: Any) -> dict:
    """The record of one article page (see README "Output schema"). Raises ExtractionError."""
    from .extract import extract_article as _extract

    return _extract(html, url=url, site=site, **options)


def segment_text(text: str, **options: Any) -> dict:
    """Split a plain-text dump of an article into the same record fields."""
    from .segment import segment_text as _segment

    return _segment(text, **options)
