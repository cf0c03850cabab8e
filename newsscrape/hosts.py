"""The one host rule: a host belongs to a site when it is one of the site's domains or a subdomain of one.
Profiles, the crawl's scope and the archive readers' domain filter all ask it."""

from __future__ import annotations

from collections.abc import Iterable


def within(host: str | None, domains: Iterable[str]) -> bool:
    """``host`` (lower-case, without a port) is one of ``domains`` or a subdomain of one."""
    if not host:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)
