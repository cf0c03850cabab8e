"""The one host rule: a host belongs to a site when it is one of the site's domains or a subdomain of one.
Profiles, the crawl's scope and the archive readers' domain filter all ask it."""

from __future__ import annotations

from collections.abc import Iterable


def within(host: str | None, domains: Iterable[str]) -> bool:
    """``host`` (lower-case, without a port) is one of ``domains`` or a subdomain of one."""
    if not host:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


MAX_SECOND_LEVEL_CHARS = 3      # a country's second-level label under its code: com.eg, co.uk, gov.sa


def registrable(host: str | None) -> str:
    """The registrable part of a host as its labels tell it: the last two ("example.com"), or three under a
    country's second level ("akhbar.com.eg", "bbc.co.uk"); "" for none. Hosts with the same one are one site."""
    labels = (host or "").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= MAX_SECOND_LEVEL_CHARS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
