"""Reading sitemap indexes, sitemaps and feeds into article candidates, in bounds: each cut counted under
skipped/ in the summary. A mixin of ``ArticleSpider``."""

from __future__ import annotations

import scrapy

from ..sites import Profile
from .discovery import feed_entries, iter_sitemap, xml_tree

# Bounds on what sitemaps can make a crawl hold:
MAX_SITEMAP_DEPTH = 3          # index -> index -> index -> sitemap; an index deeper is not followed
MAX_SITEMAPS = 1000            # sitemap documents per run
MAX_SITEMAP_ENTRIES = 50_000   # the sitemap protocol's own limit per file


class SitemapReading:
    """Needs of the spider: ``count``, ``sitemaps``, ``_in_window``, ``_candidate``, ``parse_entry``,
    ``on_error``."""

    def _capped(self, entries):
        """A sitemap's first MAX_SITEMAP_ENTRIES entries; the rest counted, not taken."""
        for n, entry in enumerate(entries):
            if n < MAX_SITEMAP_ENTRIES:
                yield entry
            else:
                self.count("skipped/sitemap_entries_beyond_max")

    def _read_xml(self, kind: str, xml: bytes, response, profile: Profile):
        """A sitemap index's sitemaps to fetch; a sitemap's or a feed's entries as candidates."""
        if kind == "sitemapindex":
            depth = response.meta.get("ns_depth", 0) + 1
            for entry in self._capped(iter_sitemap(xml)):
                if self._in_window(entry.published, profile) == "too_old":
                    self.count("skipped/too_old_sitemap")
                elif depth > MAX_SITEMAP_DEPTH:
                    self.count("skipped/sitemap_too_deep")
                elif self.sitemaps >= MAX_SITEMAPS:
                    self.count("skipped/sitemaps_beyond_max")
                else:
                    self.sitemaps += 1
                    yield scrapy.Request(entry.url, callback=self.parse_entry, errback=self.on_error,
                                         meta={"ns_profile": profile.slug, "ns_page": 1, "ns_depth": depth})
            return
        if kind == "urlset":
            for entry in self._capped(iter_sitemap(xml)):
                yield from self._candidate(entry.url, profile, entry.published, "sitemap")
            return
        if kind == "feed":
            root = xml_tree(xml)
            for entry in feed_entries(root, response.url) if root is not None else ():
                yield from self._candidate(entry.url, profile, entry.published, "feed")
            return
