"""Item pipelines, in order: count skips, window, validate, dedup (run and state), limit, write, record.

Each has one job and counts what it drops under ``newsscrape/skipped/<reason>`` in the crawl stats, so
the summary line accounts for every page. The add-on (``newsscrape.addon``) switches them on.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy.exceptions import DropItem, NotConfigured

from .. import exits
from ..output import JsonLinesOutput, OutputError, silence_stdout
from ..record import Article, Skipped, errors
from .dedup import Dedup
from .stores import store_for
from .window import Window

logger = logging.getLogger(__name__)
# Reasons that are failures of ours or the page's, counted as errors rather than skips.
ERROR_REASONS = {"extraction_failed"}


class _Stats:
    """Base of the pipelines: built from the crawler, counting into its stats under newsscrape/."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def __init__(self, crawler):
        self.crawler = crawler

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newsscrape/{key}")

    def drop(self, reason: str, url: str | None = None) -> None:
        self.count(f"skipped/{reason}")
        raise DropItem(f"{reason}: {url}" if url else reason)


class SkippedPipeline(_Stats):
    """``Skipped`` items (pages that gave no article) are counted and go no further."""

    def process_item(self, item):
        if isinstance(item, Skipped):
            if item.reason in ERROR_REASONS:
                self.count(f"errors/{item.reason}")
                logger.warning("%s: %s", item.url, item.reason)
                raise DropItem(item.reason)
            self.drop(item.reason, item.url)
        return item


class WindowPipeline(_Stats):
    """--since / --until on the article's own date (sitemap and feed dates are checked before fetching)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.window = Window.from_settings(crawler.settings)
        if not self.window:
            raise NotConfigured

    def process_item(self, item):
        if isinstance(item, Article) and (reason := self.window.reason(item.published)):
            self.drop(reason, item.url)
        return item


class ValidatePipeline(_Stats):
    """An item that does not fit the schema is counted and logged, never written."""

    def process_item(self, item):
        problems = errors(item)
        if problems:
            self.count("skipped/invalid_record")
            logger.warning("invalid record for %s: %s", item.get("url"), problems[0])
            raise DropItem(f"invalid record: {problems[0]}")
        return item


class DedupPipeline(_Stats):
    """Every article once: within the run by any URL variant (amp, tracking, www) of its address or its
    canonical URL, and across runs by the state, checked again after fetching because a later run can
    reach a written article through another address. With NEWSSCRAPE_CHANGED an article whose content
    changed is written again with ``modified`` set."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.dedup = Dedup(store_for(crawler), crawler.settings.getbool("NEWSSCRAPE_CHANGED"))

    def process_item(self, item):
        try:
            reason = self.dedup.check(item)
        except Exception as exc:  # the state is unreachable (Redis down): never write unconfirmed
            self.count("errors/state_unreachable")
            logger.warning("%s: state unreachable (%s), not written", item.get("url"), type(exc).__name__)
            raise DropItem("state_unreachable") from None
        if reason == "changed":
            if isinstance(item, Article) and not item.modified:
                item = item.evolve(modified=datetime.now(UTC).isoformat(timespec="seconds"),
                                   modified_precision="time")
        elif reason:
            self.drop(reason, item.get("url"))
        self.dedup.add(item)
        return item


class LimitPipeline(_Stats):
    """--limit N (NEWSSCRAPE_LIMIT): at most N articles pass; the rest are counted as over_limit.
    (The spider stops scheduling once N are written; CLOSESPIDER_ITEMCOUNT ends the crawl.)"""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.limit = crawler.settings.getint("NEWSSCRAPE_LIMIT", 0)
        if not self.limit:
            raise NotConfigured
        self.passed = 0

    def process_item(self, item):
        if self.passed >= self.limit:
            self.drop("over_limit", item.get("url"))
        self.passed += 1
        return item


class JsonLinesWriter(_Stats):
    """Writes each record as one whole line and flushes it, so `| jq` sees articles as they come
    (``newsscrape.output``: the line and its SQLite state row are one transaction).

    NEWSSCRAPE_OUTPUT is a path or '-' (stdout); NEWSSCRAPE_OUTPUT_MODE 'a' appends, 'w' overwrites.
    Unset (as under `scrapy crawl ... -O file`), Scrapy's feed exports write instead. A failed write
    stops the crawl (exit 74; 141 for a closed pipe) with one line naming the failure.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        target = settings.get("NEWSSCRAPE_OUTPUT")
        if target is None:
            raise NotConfigured
        self.output = JsonLinesOutput(target, settings.get("NEWSSCRAPE_OUTPUT_MODE", "a"), store_for(crawler))
        self.failed = False

    def open_spider(self):
        self.output.open()

    def close_spider(self):
        self.output.close()

    def process_item(self, item):
        if self.failed:
            self.drop("not_written", item.get("url"))
        try:
            self.output.write(item if isinstance(item, Article) else dict(item))
        except OutputError as exc:
            self._fail(exc)
        except Exception as exc:  # the state could not record it (Redis down): not written either
            self.count("errors/state_unreachable")
            logger.warning("%s: state unreachable (%s), not written", item.get("url"), type(exc).__name__)
            raise DropItem("state_unreachable") from None
        return item

    def _fail(self, exc: OutputError) -> None:
        from .stopping import stop_crawl

        self.failed = True
        self.count("errors/broken_pipe" if exc.broken_pipe else "errors/write_failed")
        if exc.broken_pipe:
            silence_stdout()
        else:
            logger.error("%s", exc)
        stop_crawl(self.crawler, "broken_pipe" if exc.broken_pipe else "write_failed",
                   code=exits.BROKEN_PIPE if exc.broken_pipe else exits.WRITE_FAILED)
        raise DropItem("broken_pipe" if exc.broken_pipe else "write_failed")


class RedisOutput(_Stats):
    """With --redis-output KEY: each record pushed as one JSON line onto a Redis list."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.key = crawler.settings.get("NEWSSCRAPE_REDIS_OUTPUT")
        if not self.key:
            raise NotConfigured
        from .distributed import connect

        self.server = connect(crawler.settings.get("NEWSSCRAPE_REDIS_URL"))

    def process_item(self, item):
        self.server.rpush(self.key, item_line(item).rstrip(b"\n"))
        return item


class StatePipeline(_Stats):
    """Records each written article in the state store (after the writer: written first, then recorded)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.store = store_for(crawler)
        if self.store is None:
            raise NotConfigured
        # The JSON Lines writer records the state itself, with the line (see newsscrape.output).
        self.recorded_by_writer = crawler.settings.get("NEWSSCRAPE_OUTPUT") is not None

    def close_spider(self):
        self.store.close()

    def process_item(self, item):
        if not self.recorded_by_writer:
            self.store.record(item)
        return item


def item_line(item) -> bytes:
    from ..record import to_json_line

    return to_json_line(item if isinstance(item, Article) else dict(item)).encode("utf-8")
