"""Where a crawl may go, and Scrapy's offsite filter asking it.

A crawl goes to the hosts of its targets, to a profile's other domains only when a target is on one of them
(a profile applied to a mirror with --site never leads the crawl off the mirror), over http(s), and for a
target given with a port, to that port only. The host rule itself is ``hosts.within``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

from ..hosts import within
from ..sites import Profile


class Scope:
    def __init__(self) -> None:
        self.domains: set[str] = set()
        self.ports: dict[str, set[int]] = {}   # a host given with a port: the ports of its targets

    def admit(self, profile: Profile, url: str) -> None:
        """Take a start point's host in, and its profile's domains when the start point is on one."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        self.domains |= ({host} if host else set()) | (set(profile.domains) if profile.owns(host) else set())
        if parts.port:                       # a target with an explicit port (a mirror) allows that port only
            self.ports.setdefault(parts.hostname, set()).add(parts.port)

    def allowed(self, url: str) -> bool:
        """Within the crawl's domains (and, for a target with a port, on that port), over http(s)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            return False
        if host in self.ports and port not in self.ports[host]:
            return False
        return within(host, self.domains)


class ScopedOffsite(OffsiteMiddleware):
    """Scrapy's offsite filter (redirects included) with the crawl's own scope, ports too. A shared-crawl
    worker, whose scope grows as it takes targets other workers checked, keeps Scrapy's rule."""

    def should_follow(self, request, spider) -> bool:
        scope = getattr(spider, "scope", None)
        if scope is None or getattr(spider, "worker", False):
            return super().should_follow(request, spider)
        return scope.allowed(request.url)
