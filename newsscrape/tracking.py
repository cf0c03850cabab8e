"""Query parameters that follow a reader (where a link was shared, which campaign sent them) rather than
name a page: an article's address without them is the same article. The crawl's URL identity and the
extractor's related lists both read it."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|ref|ref_src|source|share|amp|outputType|mc_cid|mc_eid)$", re.I)


def naming_query(query: str) -> str:
    """The parameters of ``query`` that name a page ("id=123"), in a fixed order, tracking ones left out."""
    if not query:
        return ""
    return "&".join(sorted(f"{k}={v}" for k, v in parse_qsl(query, keep_blank_values=True) if not TRACKING.match(k)))
