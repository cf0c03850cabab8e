"""Article requests held in bounds: beyond MAX_QUEUED_ARTICLES in the scheduler they wait as bare URLs,
with --limit they wait in a backlog released newest first; a listed URL the run's dedup says needs no
fetch is counted instead. A mixin of ``ArticleSpider``."""

from __future__ import annotations

from functools import cached_property

from ..run.window import as_utc
from ..sites import Profile
from ..text.dates import zone

MAX_QUEUED_ARTICLES = 2000     # article requests in the scheduler; the rest wait as bare URLs


class ArticleQueue:
    """Needs of the spider: ``run``, ``crawler``, ``backlog``, ``waiting``, ``count``, ``_full``,
    ``_article_request``, ``_profile_named``."""

    def _schedule_article(self, request, when, profile: Profile):
        """Without --limit, schedule now, unless MAX_QUEUED_ARTICLES requests are queued already: then
        the URL waits in line (a bare string, not a request: a 50,000-URL sitemap held as requests cost
        some 35 MB) and is released as the queue drains. With --limit N, article requests wait in a
        backlog and are released on idle, newest first, only as many as are still missing: N means
        the N newest."""
        origin = request.meta.get("ns_from", "sitemap")
        if self.run.remaining() is not None:
            moment = as_utc(when, zone(profile.timezone)) if when else None
            self.backlog.append((moment, len(self.backlog), request.url, profile.slug, origin))
            return
        if self.waiting or self._queued() >= self.max_queued:
            self.waiting.append((request.url, profile.slug, origin))
            return
        yield request

    def _queued(self) -> int:
        scheduler = getattr(self.crawler.engine, "scheduler", None) if self.crawler.engine else None
        try:
            return len(scheduler) if scheduler is not None else 0
        except Exception:  # a Redis queue that cannot answer: hold back
            return self.max_queued

    @cached_property
    def max_queued(self) -> int:
        return self.crawler.settings.getint("NEWSSCRAPE_MAX_QUEUED_ARTICLES", MAX_QUEUED_ARTICLES)

    def _release_waiting(self) -> bool:
        """Queue waiting URLs up to half the bound below it (called as pages are handled and on idle)."""
        if not self.waiting:
            return False
        room = self.max_queued - self._queued()
        if room < max(1, self.max_queued // 2):
            return False
        released = False
        while self.waiting and room > 0 and not self._full():
            url, slug, origin = self.waiting.popleft()
            self.crawler.engine.crawl(self._article_request(url, self._profile_named(slug), origin))
            room -= 1
            released = True
        return released

    def _release_backlog(self) -> bool:
        missing = self.run.remaining() or 0
        if not self.backlog or missing <= 0:
            return False
        self.backlog.sort(key=lambda e: (e[0] is None, -(e[0].timestamp() if e[0] else 0), e[1]))
        batch, self.backlog = self.backlog[:missing], self.backlog[missing:]
        for _, _, url, slug, origin in batch:
            self.crawler.engine.crawl(self._article_request(url, self._profile_named(slug), origin))
        return True

    def _known(self, url: str, when, profile: Profile) -> bool:
        """True (counted, not fetched) when the run's dedup says a listed URL needs no fetch."""
        listed_at = as_utc(when, zone(profile.timezone)) if when else None
        if reason := self.run.before_fetch(url, listed_at):
            self.count(f"skipped/{reason}")
            return True
        return False
