"""The one exception the library raises on bad input, with a stable reason code."""

from __future__ import annotations

# Reason codes: the key a crawl counts a skipped page under, and what `newsscrape extract` prints.
REASONS = {
    "empty": "empty page",
    "binary": "binary content, not HTML",
    "undecodable": "undecodable page",
    "unparseable": "unparseable HTML",
    "no_article_text": "no article text found",
    "no_title": "no title found (no h1, headline or <title>)",
    "not_article": "not an article page (a listing, homepage, tag or section page)",
    "extraction_failed": "extraction failed",
    "unknown_site": "unknown site",
}


class ExtractionError(ValueError):
    """A page that cannot be turned into a record. ``reason`` is one of ``REASONS``' keys."""

    def __init__(self, reason: str, detail: str | None = None):
        self.reason = reason
        self.detail = detail or REASONS.get(reason, reason)
        super().__init__(self.detail)
