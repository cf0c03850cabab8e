"""What a publisher profile is: data for discovery and the few extraction rules generic code can't know.

A publisher's identity (name, domains, time zone, homepage, country) is data in ``publishers.toml``; a
hand-made profile module adds only what that file cannot hold: entry points, the article URL pattern,
selectors (``newsscrape.sites`` merges the two and refuses a module that restates identity)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..hosts import within

IDENTITY = ("name", "name_latin", "domains", "timezone", "homepage", "country")


@dataclass(frozen=True)
class Profile:
    slug: str
    # Identity, from the publishers' data file (publishers.toml), never from a profile module:
    name: str = ""                 # as the publisher writes it (Arabic)
    name_latin: str = ""
    domains: tuple[str, ...] = ()  # registrable domains; subdomains match too
    timezone: str | None = None    # IANA zone of the newsroom, for dates printed without an offset
    # Discovery entry points (absolute URLs). Say in the profile module where each came from.
    sitemaps: tuple[str, ...] = ()   # sitemap indexes and news sitemaps
    feeds: tuple[str, ...] = ()      # RSS / Atom
    sections: tuple[str, ...] = ()   # listing pages to follow (with their pagination)
    article_pattern: str | None = None  # regex searched in the URL path (unquoted) of an article page
    # Extraction: CSS selectors, only where the generic rules get this publisher wrong.
    title: str | None = None
    body: str | None = None
    drop: tuple[str, ...] = ()
    related: tuple[tuple[str, str], ...] = field(default=())  # (selector, kind)
    generic: bool = False
    homepage: str | None = None    # where discovery starts (publishers.toml too), and the newsroom's country
    country: str | None = None
    handmade: bool = True          # False: a registry entry only (generic rules, its zone and name)

    @cached_property
    def article_re(self) -> re.Pattern[str] | None:
        return re.compile(self.article_pattern) if self.article_pattern else None

    def owns(self, host: str) -> bool:
        return within(host.lower().split(":")[0], self.domains)

    @property
    def extractor(self) -> str:
        """What records say extracted them: the profile's slug when it has rules of its own."""
        return self.slug if self.handmade and not self.generic else "generic"

    def entry_points(self) -> tuple[str, ...]:
        """Where a crawl of this publisher starts: its known sitemaps, feeds and sections, else the
        homepage (found by discovery)."""
        known = (*self.sitemaps, *self.feeds, *self.sections)
        return known or ((self.homepage,) if self.homepage else ())

    def describe(self) -> dict:
        """What `newsscrape sites --json` prints of it."""
        return {"slug": self.slug, "name": self.name, "name_latin": self.name_latin, "country": self.country,
                "homepage": self.homepage, "domains": list(self.domains), "discovery": self.discovery_kinds(),
                "sitemaps": list(self.sitemaps), "feeds": list(self.feeds), "sections": list(self.sections),
                "timezone": self.timezone, "profile": self.handmade}

    def discovery_kinds(self) -> list[str]:
        kinds = []
        if self.sitemaps:
            kinds.append("sitemap")
        if self.feeds:
            kinds.append("feed")
        if self.sections:
            kinds.append("section")
        if not kinds and self.homepage:
            kinds.append("homepage")
        return kinds


GENERIC = Profile(slug="generic", name="", name_latin="Any site", domains=(), generic=True)
