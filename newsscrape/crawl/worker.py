"""The crawl's life in a shared crawl (scrapy-redis): a page finished in the shared queue, and when a
spider may close: a worker waits for targets, any spider while a stopped worker's requests may come back,
and held-back article requests are released first. A mixin of ``ArticleSpider``."""

from __future__ import annotations

from ..sites import GENERIC, get


class WorkerLoop:
    """Needs of the spider: ``run``, ``frontier``, ``worker``, ``idle_timeout``, ``idle_since``,
    ``busy_at``, ``waiting``, ``_admit``, ``_start_request``, ``_release_backlog``, ``_release_waiting``."""

    def _done(self, meta: dict) -> None:
        if self.run.scheduler is not None:
            self.run.scheduler.done(meta)

    def _item_done(self, item=None, response=None, spider=None, exception=None, **kwargs):
        """The page's request is finished in the shared queue, except one not written for want of the
        state (Redis away): it stays in flight under this worker, and once the worker has stopped,
        another worker or the next run takes it back and fetches it again."""
        if response is not None and not str(exception or "").startswith("state_unreachable"):
            self._done(response.meta)

    def _item_written(self, item=None, response=None, spider=None, **kwargs):
        self._item_done(item, response)

    def _idle(self, spider=None):
        """Workers wait for targets; any worker waits while a stopped worker's requests may come back."""
        import time

        from scrapy.exceptions import DontCloseSpider

        scheduler = self.run.scheduler
        if self._release_backlog() or self._release_waiting():
            raise DontCloseSpider
        if self.frontier is not None:
            took = 0
            while (entry := self.frontier.pop()) is not None:
                slug, url = entry
                profile = GENERIC if slug == "generic" else get(slug)
                self._admit(profile, url)
                self.crawler.engine.crawl(self._start_request(profile, url))
                took += 1
            if took:
                self.idle_since = None
                raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None or self.busy_at > self.idle_since:
            self.idle_since = now                    # idle from now, not from an idle before it was busy
        if scheduler is not None and scheduler.others_inflight():
            if now - self.idle_since < max(self.idle_timeout, scheduler.heartbeat_ttl * 3):
                raise DontCloseSpider
            return
        if self.worker and now - self.idle_since < self.idle_timeout:
            raise DontCloseSpider

    def _busy(self, response=None, request=None, spider=None, **kwargs) -> None:
        import time

        self.busy_at = time.monotonic()
        if self.waiting:
            self._release_waiting()
