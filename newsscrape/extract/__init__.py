"""Article extraction: a pure function of (html, url, profile). No Scrapy, no Click.

The public face, for the CLI, the crawl and archive readers: ``extract_page(html, url, profile) -> Page``
(the ``Article`` and what the page says about itself), ``verdict(page, profile, vouched=...)`` (is it an
article?), ``ExtractionError`` (with a reason code), ``parse_html`` (one tree for listing pages). The
steps live in ``core``, each in the module named for what it reads.
"""

from ..errors import ExtractionError
from .core import extract_page, parse_html
from .verdict import Page, verdict

__all__ = ["ExtractionError", "Page", "extract_page", "parse_html", "verdict"]
