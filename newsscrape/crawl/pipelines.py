"""Item pipelines: validate against the schema, drop repeats, write JSON Lines whole and flushed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from scrapy.exceptions import DropItem, NotConfigured

from ..record import errors, to_json_line
from .urls import canonical_key

logger = logging.getLogger(__name__)


class _Stats:
    """Base of the pipelines: built from the crawler, counting into its stats under newsscrape/."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def __init__(self, crawler):
        self.crawler = crawler

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"newsscrape/{key}")


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
    """One record per article in a run, whatever URL variants (amp, tracking, www) led to it."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item):
        keys = {canonical_key(u) for u in (item.get("url"), item.get("canonical_url")) if u}
        if keys & self.seen:
            self.count("skipped/duplicate")
            raise DropItem("duplicate article")
        self.seen |= keys
        return item


class JsonLinesWriter(_Stats):
    """Writes each record as one whole line and flushes it, so `| jq` sees articles as they come.

    NEWSSCRAPE_OUTPUT is a path or '-' (stdout); NEWSSCRAPE_OUTPUT_MODE 'a' appends, 'w' overwrites.
    Unset (as under `scrapy crawl ... -O file`), Scrapy's feed exports write instead.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.target = settings.get("NEWSSCRAPE_OUTPUT")
        if self.target is None:
            raise NotConfigured
        self.mode = settings.get("NEWSSCRAPE_OUTPUT_MODE", "a")
        self.limit = settings.getint("NEWSSCRAPE_LIMIT", 0)
        self.written = 0
        self.stream = None

    def open_spider(self):
        import sys

        if self.target == "-":
            self.fd = sys.stdout.fileno()
            self.close_fd = False
        else:
            path = Path(self.target)
            if self.mode == "a":
                _repair_partial_line(path)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if self.mode == "a" else os.O_TRUNC)
            self.fd = os.open(path, flags, 0o644)
            self.close_fd = True

    def close_spider(self):
        if getattr(self, "close_fd", False):
            os.close(self.fd)

    def process_item(self, item):
        if self.limit and self.written >= self.limit:
            self.count("skipped/over_limit")
            raise DropItem("limit reached")
        _write_all(self.fd, to_json_line(item).encode("utf-8"))
        self.written += 1
        return item


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
        self.server.rpush(self.key, to_json_line(item).rstrip("\n").encode("utf-8"))
        return item


class StatePipeline(_Stats):
    """Records each written article in the state store (after the writer: written first, then recorded)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        redis_url = crawler.settings.get("NEWSSCRAPE_REDIS_URL")
        path = crawler.settings.get("NEWSSCRAPE_STATE")
        if redis_url:
            from .distributed import RedisState

            self.store = RedisState(redis_url)
        elif path:
            from .state import StateStore

            self.store = StateStore(path)
        else:
            raise NotConfigured

    def close_spider(self):
        self.store.close()

    def process_item(self, item):
        self.store.record(item)
        return item


def _write_all(fd: int, data: bytes) -> None:
    """One write() of a whole line; the loop only runs for pipes that take part of it."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _repair_partial_line(path: Path) -> None:
    """A hard kill can leave a last line without its newline: cut it off before appending."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(-1, 2)
        if f.read(1) == b"\n":
            return
        data = f.seek(0) or f.read()
        cut = data.rfind(b"\n") + 1
        f.truncate(cut)
        logger.warning("%s ended in a partial line (%d bytes); removed it before appending", path, len(data) - cut)
