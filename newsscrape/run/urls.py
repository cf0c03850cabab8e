"""URL identity: the same article reached through tracking parameters, amp, www or a fragment."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from ..hosts import within
from ..tracking import TRACKING

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_PATH = re.compile(r"(?:/amp/?$|/amp(?=/)|\.amp(?=\.html?$)|^/amp(?=/))")


@lru_cache(maxsize=4096)     # asked of one article's addresses by the spider, dedup, state and stories
def canonical_key(url: str) -> str:
    """A key equal for URL variants of one article (scheme, www, amp, tracking, order, fragment); a port
    other than the scheme's own stays part of it."""
    url = canonicalize_url(url.strip(), keep_fragments=False)
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"      # another port is another server (two test sites, a staging copy)
    path = _AMP_PATH.sub("", unquote(parts.path)).rstrip("/") or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)])
    return urlunsplit(("", host, path, query, ""))


def on_hosts(url: str | None, domains) -> bool:
    """The URL's host is one of ``domains`` or a subdomain of one (``domains`` lower-case)."""
    return within((urlsplit(url or "").hostname or "").lower(), domains)
