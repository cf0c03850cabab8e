"""Every article once: the one dedup rule of the crawl's pipeline and of archive reading (no Scrapy).

Within a run, any URL variant (amp, tracking, www) of an article's address or canonical URL is the
same article; across runs, the state is asked by both, after fetching, because a later run can reach a
written article through another address.
"""

from __future__ import annotations

from .keyset import KeySet
from .state import fingerprint
from .urls import canonical_key


class Dedup:
    def __init__(self, store=None, changed: bool = False):
        self.store = store
        self.changed = changed          # an article written before but changed since is written again
        self.seen = KeySet()             # canonical keys of the articles this run wrote

    @staticmethod
    def _urls(record) -> list[str]:
        return [u for u in (record.get("url"), record.get("canonical_url")) if u]

    def check(self, record) -> str | None:
        """None for a new article; "changed" for one written before whose content changed (with
        ``changed`` on); else the skip reason: duplicate, seen_before, unchanged. Raises what the
        store raises when it cannot be reached."""
        urls = self._urls(record)
        if any(canonical_key(u) in self.seen for u in urls):
            return "duplicate"
        if self.store is None:
            return None
        known = next((found for u in urls if (found := self.store.get(u)) is not None), None)
        if known is None:
            return None
        if not self.changed:
            return "seen_before"
        return "unchanged" if fingerprint(record) == known[0] else "changed"

    def add(self, record) -> None:
        self.seen.update(canonical_key(u) for u in self._urls(record))
