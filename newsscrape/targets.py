"""Crawl targets: a publisher's slug, ``all``, or an http(s) URL, turned into start points. No Scrapy:
``newsscrape crawl``, ``newsscrape enqueue``, ``scrapy crawl article -a target=…`` and the Click parameter
type (``params.TARGET``) read targets here."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import TargetError
from .sites import Profile, all_profiles, for_url, get

_BARE_HOST = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}(:\d+)?(/|$)", re.I)     # example.com, www.x.eg/news
Plan = tuple[Profile, str]          # a start point: the profile it is crawled with, and its URL


def check(target: str) -> str:
    """``target`` when it can be a target; ``TargetError`` (one line, exit 2) saying why not."""
    if target == "all":
        return target
    if "://" in target and not target.startswith(("http://", "https://")):
        raise TargetError(f"unsupported scheme in {target!r}: give an http:// or https:// URL")
    if _BARE_HOST.match(target):
        raise TargetError(f"{target!r} has no scheme: did you mean https://{target} ?")
    if target.startswith(("http://", "https://")):
        try:
            parts = urlsplit(target)
        except ValueError as exc:               # an unclosed [IPv6 bracket
            raise TargetError(f"malformed URL: {target} ({exc})") from None
        if not parts.hostname:
            raise TargetError(f"malformed URL: {target}")
        try:
            _ = parts.port
        except ValueError:
            raise TargetError(f"port out of range in {target}") from None
        return target
    get(target)                                 # UnknownSite: a usage error naming the nearest slugs
    return target


def resolve_targets(targets: list[str], site: Profile | None = None) -> list[Plan]:
    """(profile, start URL) pairs for slugs, 'all' and URLs; ``site`` is the profile URL targets are
    crawled with (--site), else their host picks it. A publisher without known entry points starts
    from its homepage, where discovery finds them."""
    plans: list[Plan] = []
    for target in targets:
        check(target)
        if target == "all":
            for p in all_profiles():
                plans += [(p, u) for u in p.entry_points()]
        elif target.startswith(("http://", "https://")):
            plans.append((site or for_url(target), target))
        else:
            profile = get(target)
            starts = profile.entry_points()
            if not starts:
                raise TargetError(f"profile {target!r} has no entry point; give a URL")
            plans += [(profile, u) for u in starts]
    return plans


def plans_of(target: str | list[str], site: Profile | str | None, worker: bool) -> list[Plan]:
    """The start points of ``-a target=a,b`` with ``-a site=slug``; TargetError for none or a bad one."""
    targets = target.split(",") if isinstance(target, str) else list(target)
    targets = [t.strip() for t in targets if t and t.strip()]
    if not targets and not worker:
        raise TargetError("no target: give -a target=SLUG|all|URL (a profile slug, 'all', or a sitemap, feed "
                          "or page URL)")
    if isinstance(site, str):
        site = get(site)
    return resolve_targets(targets, site)
