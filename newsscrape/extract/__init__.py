"""Article extraction: a pure function of (html, url, profile). No Scrapy, no Click.

The public face, for the CLI, the crawl and archive readers: ``extract_page(html, url, profile) -> Extracted``
(the ``Article`` and what the page says about itself), ``refusal(extracted, profile, vouched=...)`` (why it is not an
article?), ``ExtractionError`` (with a reason code), ``parse_html`` (one tree for listing pages). The
steps live in ``core``, each in the module named for what it reads.
"""

from ..errors import ExtractionError
from .core import extract_page, parse_html
from .verdict import Extracted, refusal

__all__ = ["ExtractionError", "Extracted", "extract_page", "parse_html", "refusal"]
