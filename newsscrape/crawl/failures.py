"""Why a request failed, as the key it is counted under, and a URL as a person reads it in that line."""

from __future__ import annotations


def shown(url: str) -> str:
    """A URL as a person reads it: percent-escapes of UTF-8 text (Arabic paths) decoded, unless the
    decoded form holds spaces or controls that would make the line ambiguous."""
    from urllib.parse import unquote

    try:
        text = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    return url if any(c.isspace() or ord(c) < 32 for c in text) else text


# What an IgnoreRequest's message says (lowered) -> the reason it is counted under.
IGNORED_BECAUSE = {"robots": "robots_txt", "offsite": "offsite", "redirect loop": "redirect_loop",
                   "too many redirects": "too_many_redirects"}


def error_reason(failure) -> str:
    """A short, stable reason for a failed request (the key it is counted under)."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    name, text = type(exc).__name__, str(exc)
    if isinstance(exc, IgnoreRequest):
        lowered = text.lower()
        for words, key in IGNORED_BECAUSE.items():
            if words in lowered or key in lowered:
                return key
        if "max redirections" in lowered:       # Scrapy's RedirectMiddleware past REDIRECT_MAX_TIMES
            return "too_many_redirects"
        return "too_large" if "size" in lowered else "ignored"
    if "DataLoss" in name or "DataLoss" in text:
        return "data_loss"
    if "Timeout" in name or "took longer than" in text:
        return "timeout"
    if "Cancelled" in name or "max size" in text:
        return "too_large"
    if "Refused" in name:
        return "connection_refused"
    if "Resolve" in name or "DNS" in name:
        return "dns"
    if name in ("DownloadFailedError", "ResponseFailed", "ResponseNeverReceived", "ConnectionLost",
                "ConnectionDone", "ConnectionResetError"):
        return "connection_lost"
    return name.lower()
