"""Item pipelines, in order: count skips, window, validate, dedup (run and state), limit, write, record.

Each has one job and counts what it drops under ``newsscrape/skipped/<reason>`` in the crawl stats, so
the summary line accounts for every page. The add-on (``newsscrape.addon``) switches them on.
"""

from __future__ import annotations

import logging
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from scrapy.exceptions import DropItem, NotConfigured

from .. import exits
from ..record import Article, Skipped, errors
from .state import fingerprint, store_for
from .urls import canonical_key
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
        self.seen: set[str] = set()
        self.store = store_for(crawler)
        self.changed = crawler.settings.getbool("NEWSSCRAPE_CHANGED")

    def process_item(self, item):
        urls = [u for u in (item.get("url"), item.get("canonical_url")) if u]
        keys = {canonical_key(u) for u in urls}
        if keys & self.seen:
            self.drop("duplicate", item.get("url"))
        if self.store is not None:
            known = next((found for u in urls if (found := self.store.get(u)) is not None), None)
            if known is not None:
                if not self.changed:
                    self.drop("seen_before", item.get("url"))
                if fingerprint(item) == known[0]:
                    self.drop("unchanged", item.get("url"))
                if isinstance(item, Article) and not item.modified:
                    item = item.evolve(modified=datetime.now(UTC).isoformat(timespec="seconds"))
        self.seen |= keys
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
    """Writes each record as one whole line and flushes it, so `| jq` sees articles as they come.

    NEWSSCRAPE_OUTPUT is a path or '-' (stdout); NEWSSCRAPE_OUTPUT_MODE 'a' appends, 'w' overwrites.
    Unset (as under `scrapy crawl ... -O file`), Scrapy's feed exports write instead.

    With a SQLite state, the line and its state row are one transaction: the row is inserted, the
    line written, then the row committed. A write that fails rolls the row back and cuts what part of
    the line reached the file; a commit that fails cuts the whole line. So an article is in the file
    exactly when it is in the state, and the next run completes the file. A failed write stops the
    crawl (exit 74; 141 for a closed pipe) with one line naming the failure.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.target = settings.get("NEWSSCRAPE_OUTPUT")
        if self.target is None:
            raise NotConfigured
        self.mode = settings.get("NEWSSCRAPE_OUTPUT_MODE", "a")
        self.fd: int | None = None
        self.close_fd = False
        self.seekable = False
        self.failed = False
        store = store_for(crawler)
        self.store = store if hasattr(store, "begin") else None     # SQLite: one transaction per line

    def open_spider(self):
        import sys

        if self.target == "-":
            self.fd = sys.stdout.fileno()
        else:
            path = Path(self.target)
            if self.mode == "a":
                repair_partial_line(path)
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if self.mode == "a" else os.O_TRUNC)
            self.fd = os.open(path, flags, 0o644)
            self.close_fd = True
        self.seekable = stat.S_ISREG(os.fstat(self.fd).st_mode)     # a file, not a pipe or a terminal

    def close_spider(self):
        if self.close_fd and self.fd is not None:
            os.close(self.fd)

    def process_item(self, item):
        if self.failed:
            self.drop("not_written", item.get("url"))
        line = item_line(item)
        start = os.lseek(self.fd, 0, os.SEEK_END) if self.seekable else None
        if self.store is not None:
            self.store.begin()
            self.store.record(item)
        try:
            _write_all(self.fd, line)
        except OSError as exc:
            if self.store is not None:
                self.store.rollback()
            self._cut(start)
            self._fail(exc, item)
        if self.store is not None:
            try:
                self.store.commit()
            except Exception as exc:  # sqlite3.OperationalError (disk full, I/O error...)
                self._cut(start)
                self._fail(exc, item)
        return item

    def _cut(self, start: int | None) -> None:
        if start is not None:
            try:
                os.ftruncate(self.fd, start)
            except OSError:
                pass                          # the next run's repair cuts a partial line

    def _fail(self, exc: BaseException, item) -> None:
        from .stopping import stop_crawl

        self.failed = True
        broken = isinstance(exc, BrokenPipeError)
        self.count("errors/broken_pipe" if broken else "errors/write_failed")
        if broken:
            _silence_stdout()
        else:
            where = "standard output" if self.target == "-" else self.target
            logger.error("cannot write to %s: %s", where, getattr(exc, "strerror", None) or exc)
        stop_crawl(self.crawler, "broken_pipe" if broken else "write_failed",
                   code=exits.BROKEN_PIPE if broken else exits.WRITE_FAILED)
        raise DropItem("broken_pipe" if broken else "write_failed")


def _silence_stdout() -> None:
    """After the reader of our stdout went away, nothing more may go there (no flush error at exit)."""
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except OSError:
        pass


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
        # The JSON Lines writer records SQLite state itself, in one transaction with the line.
        self.recorded_by_writer = crawler.settings.get("NEWSSCRAPE_OUTPUT") is not None and hasattr(self.store, "begin")

    def close_spider(self):
        self.store.close()

    def process_item(self, item):
        if not self.recorded_by_writer:
            self.store.record(item)
        return item


def item_line(item) -> bytes:
    from ..record import to_json_line

    return to_json_line(item if isinstance(item, Article) else dict(item)).encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    """One write() of a whole line; the loop only runs for pipes that take part of it."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def repair_partial_line(path: Path, chunk: int = 1 << 16) -> None:
    """A hard kill can leave a last line without its newline: cut it off before appending.
    Reads backwards from the end in chunks, never the whole file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as f:
        size = f.seek(0, 2)
        f.seek(-1, 2)
        if f.read(1) == b"\n":
            return
        end = size
        cut = 0
        while end > 0:
            start = max(0, end - chunk)
            f.seek(start)
            found = f.read(end - start).rfind(b"\n")
            if found >= 0:
                cut = start + found + 1
                break
            end = start
        f.truncate(cut)
        logger.warning("%s ended in a partial line (%d bytes); removed it before appending", path, size - cut)
