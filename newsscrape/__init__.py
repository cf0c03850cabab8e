"""newsscrape: clean article records from Arabic news sites.

    >>> from newsscrape import extract_article, segment_text
    >>> record = extract_article(html_bytes, url="https://www.youm7.com/story/...")
    >>> record.title, record.paragraphs, record.source, record.related

In a Scrapy project, with ``ADDONS = {"newsscrape.addon.NewsscrapeAddon": 0}``::

    def parse_article(self, response):
        yield newsscrape.extract_response(response)

The extraction stack is imported on first use, so that importing the package (and running
``newsscrape --help``) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ExtractionError, UnknownSite

if TYPE_CHECKING:
    from .record import Article, Skipped
    from .sites import Profile

__version__ = "0.1.0"
__all__ = ["ExtractionError", "__version__", "extract_article", "extract_response", "segment_text"]


def extract_article(html: bytes | str, url: str | None = None, site: str | Profile | None = None, *,
                    require_article: bool = False, whole_page: bool = False, **options: Any) -> Article:
    """The ``Article`` of one page (see README "Output schema"). Raises ExtractionError, whose
    ``reason`` says why. ``site`` (a slug or a ``Profile``) forces a profile (``"generic"``: none);
    by default the URL picks one.
    ``require_article`` also refuses pages that do not say they are articles (listings, homepages),
    as ``newsscrape extract`` and the crawl do. ``whole_page`` (``extract --force``): a page with no
    article text at all (a homepage) gives its visible text blocks instead (extractor ``page-text``)."""
    from .extract import extract_page, refusal
    from .sites import Profile, resolve

    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if html is None:
        raise ExtractionError("empty")
    if not isinstance(html, (bytes, str)):
        raise ExtractionError("bad_argument", f"html must be bytes or str, not {type(html).__name__}")
    if url is not None and not isinstance(url, str):
        raise ExtractionError("bad_argument", f"url must be a str or None, not {type(url).__name__}")
    try:
        profile = site if isinstance(site, Profile) else resolve(site, url)
    except UnknownSite as exc:
        raise ExtractionError("unknown_site", str(exc)) from None
    try:
        page = extract_page(html, url, profile, **options)
    except ExtractionError as exc:
        if not whole_page or exc.reason not in ("no_article_text", "no_title"):
            raise
        from .extract.pagetext import page_text

        return page_text(html, url, content_type=options.get("content_type"))
    if require_article and (reason := refusal(page, profile, vouched=False)):
        raise ExtractionError(reason)
    return page.article


def extract_response(response: Any, *, site: str | None = None, vouched: bool = True,
                     strip_diacritics: bool = False, ascii_digits: bool = False) -> Article | Skipped:
    """The ``Article`` of a Scrapy response, or a ``Skipped`` item saying why there is none.

    Yield it from any callback of a spider running with the ``newsscrape.addon.NewsscrapeAddon``
    add-on: skips are counted in the summary, articles validated, deduplicated, kept in the state.
    ``vouched=False`` for pages reached by following links (they must then look like articles)."""
    from .crawl.response import extract_response as _extract
    from .run.page import ExtractionOptions

    return _extract(response, site=site, vouched=vouched,
                    options=ExtractionOptions(strip_diacritics=strip_diacritics, ascii_digits=ascii_digits))


def segment_text(text: str, **options: Any) -> Article:
    """Split a plain-text dump of an article into the same record fields."""
    from .segment import segment_text as _segment

    return _segment(text, **options)
