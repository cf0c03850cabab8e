"""One-off HTTP fetch for `newsscrape extract URL` (crawls use Scrapy's downloader instead)."""

from __future__ import annotations

import urllib.error
import urllib.request

from . import __version__
from .errors import FetchError

USER_AGENT = f"newsscrape/{__version__} (+https://pypi.org/project/newsscrape/)"
MAX_BYTES = 10 * 1024 * 1024


def fetch(url: str, timeout: float = 30.0, total: float = 60.0) -> tuple[bytes, str, str | None]:
    """(body, final URL after redirects, Content-Type). Raises FetchError with a one-line reason.

    ``timeout`` bounds each network wait; ``total`` the whole fetch (a server that trickles one byte
    a second never times out per read)."""
    import threading

    result: list = []

    def run() -> None:
        try:
            result.append(_fetch(url, timeout))
        except BaseException as exc:  # handed to the caller's thread
            result.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(total)
    if not result:
        raise FetchError(f"timed out after {total:g} s")
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def _fetch(url: str, timeout: float) -> tuple[bytes, str, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
            return body, resp.geturl(), resp.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as exc:
        if isinstance(exc, FetchError):
            raise
        raise FetchError(f"cannot fetch: {getattr(exc, 'reason', exc)}") from None
