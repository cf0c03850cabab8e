"""One-off HTTP fetch for `newsscrape extract URL` (crawls use Scrapy's downloader instead)."""

from __future__ import annotations

import urllib.error
import urllib.request

from . import __version__

USER_AGENT = f"newsscrape/{__version__} (+https://pypi.org/project/newsscrape/)"
MAX_BYTES = 10 * 1024 * 1024


class FetchError(OSError):
    pass


def fetch(url: str, timeout: float = 30.0) -> tuple[bytes, str, str | None]:
    """(body, final URL after redirects, Content-Type). Raises FetchError with a one-line reason."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
            return body, resp.geturl(), resp.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        raise FetchError(f"cannot fetch: {getattr(exc, 'reason', exc)}") from None
