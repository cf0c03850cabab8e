"""Every article once: the one dedup rule of the crawl's pipeline and of archive reading (no Scrapy).

Within a run, any URL variant (amp, tracking, www) of an article's address or canonical URL is the
same article; across runs, the state is asked by both, after fetching, because a later run can reach a
written article through another address.
"""

from __future__ import annotations

from datetime import datetime

from ..text.dates import parse_machine_date
from .keyset import KeySet
from .state import fingerprint
from .urls import canonical_key
from .window import as_utc


class Dedup:
    def __init__(self, store=None, changed: bool = False):
        self.store = store
        self.changed = changed          # an article written before but changed since is written again
        self.seen = KeySet()             # canonical keys of the articles this run wrote
        self.sighted = KeySet()          # listed addresses of earlier runs' articles this run counted

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

    def before_fetch(self, url: str, listed_at: datetime | None) -> str | None:
        """Whether a listed URL needs fetching: "seen_before" for an article an earlier run wrote (counted
        once), "duplicate" when this run met it already or wrote it; None to fetch it (not in the state,
        the state unreachable, or with ``changed`` listed as changed since it was written). After the
        fetch, ``check`` decides by the page's canonical URL too."""
        if self.store is None:
            return None
        try:
            found = self.store.get(url)
        except Exception:  # the state is unreachable (Redis down): fetch; check() decides after
            return None
        if found is None:
            return None
        if self.changed and listed_at is not None and listed_at > as_utc(parse_machine_date(found[1])):
            return None
        key = canonical_key(url)
        again = key in self.sighted or key in self.seen
        self.sighted.add(key)
        return "duplicate" if again else "seen_before"
