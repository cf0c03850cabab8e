"""What becomes of a page's result, the same in the crawl and in archive reading.

``Chain.take`` gets what ``run.page.judge`` gave (or what a user's spider yielded) and runs it through
plain steps, in order: a ``Skipped`` page is counted; an article goes through the window
(--since/--until on its own date), the schema, dedup (within the run by any address variant, across
runs by the state), the limit, and the write with its state row. Whatever a step drops is counted
under ``skipped/<reason>`` or ``errors/<reason>`` through the ``count`` it is given (the crawl's stats,
an archive run's counter), so the summary accounts for every page. The Scrapy crawl's one pipeline and
``archive.run`` are thin callers of it; nothing here knows Scrapy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import OutputError
from ..reasons import is_error
from ..record import Article, Skipped, errors
from .dedup import Dedup
from .health import publisher_of
from .stories import Member, signature
from .urls import canonical_key
from .window import Window

logger = logging.getLogger(__name__)

# Reasons that are failures of ours or the page's, counted as errors rather than skips.


@dataclass(frozen=True, slots=True)
class NotWritten:
    """Why a result was not written (already counted), and whether that is an error."""

    reason: str
    error: bool = False


class Chain:
    """The post-extraction policy of one run. ``output`` writes a record (``write(record)``); one that
    records the state itself says so with ``records_state``; without an output (Scrapy's feed exports
    write) the state is recorded here. ``limit`` 0 is no limit."""

    def __init__(self, count: Callable[[str], None], *, window: Window | None = None, store=None,
                 changed: bool = False, limit: int = 0, output=None, health=None, stories=None,
                 drop_copies: bool = False):
        self.count = count
        self.stories = stories          # run.stories: which story each record carries (with a state)
        self.drop_copies = drop_copies  # a copy of a story already known: skipped as "copy"
        self.health = health            # run.health.RunHealth: what became of each page, by publisher
        self.window = window or Window()
        self.store = store
        self.dedup = Dedup(store, changed)
        self.limit = limit
        self.output = output
        self.records_state = store is not None and not getattr(output, "records_state", False)
        self.written = 0
        self.failed: OutputError | None = None

    @property
    def full(self) -> bool:
        """--limit reached: nothing more will be written (the crawl stops scheduling articles)."""
        return bool(self.limit) and self.written >= self.limit

    def handle(self, result: Article | Skipped | Mapping[str, Any]) -> Article | Mapping[str, Any] | NotWritten:
        """The record as written, or ``NotWritten``. Raises ``OutputError`` when the output fails (counted
        as broken_pipe or write_failed); after that, every record is dropped as not_written."""
        taken = self._handle(result)
        if self.health is not None:
            url = result.url if isinstance(result, Skipped) else _url(result)
            if isinstance(taken, NotWritten):
                self.health.skipped(url, taken.reason, error=taken.error)
            else:
                self.health.written(taken)
        return taken

    def _handle(self, result):
        if isinstance(result, Skipped):
            return self._skipped(result)
        record = result
        for step in (self._window, self._valid, self._new, self._within_limit, self._story):
            record = step(record)
            if isinstance(record, NotWritten):
                return record
        return self._write(record)

    # ---- the steps, each a record in and a record or a NotWritten out ---------------------------------

    def _skipped(self, item: Skipped) -> NotWritten:
        if is_error(item.reason):                   # counted under errors/, named on stderr
            logger.warning("%s: %s", item.url, item.reason)
            return self._drop(item.reason, error=True)
        return self._drop(item.reason)

    def _window(self, record):
        if self.window and isinstance(record, Article) and (reason := self.window.reason(record.published)):
            return self._drop(reason)
        return record

    def _valid(self, record):
        if problems := errors(record):
            logger.warning("invalid record for %s: %s", record.get("url"), problems[0])
            return self._drop("invalid_record")
        return record

    def _new(self, record):
        try:
            reason = self.dedup.check(record)
            if reason in (None, "changed") and (claim := getattr(self.store, "claim", None)) is not None \
                    and not claim(record):
                reason = "duplicate"        # a shared state: another worker took it since it was asked
        except Exception as exc:  # the state is unreachable (Redis down): never write unconfirmed
            return self._unreachable(record, exc)
        if reason == "changed":
            if isinstance(record, Article) and _stale_modified(record):
                record = record.evolve(modified=datetime.now(UTC).isoformat(timespec="seconds"),
                                       modified_precision="time")
        elif reason:
            return self._drop(reason)
        self.dedup.add(record)
        return record

    def _within_limit(self, record):
        return self._drop("over_limit") if self.full else record

    def _story(self, record):
        """The story the record carries (``story``, ``copy_of``), decided before it is written; with
        ``drop_copies`` a copy of a known story is skipped (its story still learns it)."""
        if self.stories is None or not isinstance(record, Article):
            return record
        url = record.canonical_url or record.url
        if not url:
            return record
        try:
            found = self.stories.assign(Member(canonical_key(url), url, publisher_of(url), record.title,
                                               record.published), signature(record.paragraphs))
        except Exception as exc:  # the index is a side record: unreachable, the record goes unmarked
            logger.warning("%s: story index unreachable (%s)", record.url, type(exc).__name__)
            return record
        if self.drop_copies and found.copy_of:
            return self._drop("copy")
        return record.evolve(story=found.story, copy_of=found.copy_of)

    def _write(self, record):
        if self.failed is not None:
            return self._drop("not_written")
        try:
            if self.output is not None:
                self.output.write(record)
            if self.records_state:
                self.store.record(record)
        except OutputError as exc:
            self.failed = exc
            self.count("errors/broken_pipe" if exc.broken_pipe else "errors/write_failed")
            self._release(record)
            raise
        except Exception as exc:  # the state could not record it (Redis down): not written either
            self._release(record)
            return self._unreachable(record, exc)
        self.written += 1
        self.count("articles")
        return record

    def _release(self, record) -> None:
        """A shared state's claim on a record not written ends, so that another worker may write it."""
        if (release := getattr(self.store, "release", None)) is not None:
            try:
                release(record)
            except Exception:  # unreachable too: the claim ends by itself (half a heartbeat)
                pass

    def _unreachable(self, record, exc: BaseException) -> NotWritten:
        logger.warning("%s: state unreachable (%s), not written", record.get("url"), type(exc).__name__)
        return self._drop("state_unreachable", error=True)

    def _drop(self, reason: str, error: bool = False) -> NotWritten:
        self.count(f"{'errors' if error else 'skipped'}/{reason}")
        return NotWritten(reason, error)


def _url(record) -> str | None:
    return record.get("url") if isinstance(record, Mapping) else getattr(record, "url", None)


def _stale_modified(record: Article) -> bool:
    """A changed article's ``modified`` says nothing of the change when the page gives none, or one no
    later than its publication (a page whose modified date its CMS never moves): then it is now."""
    if not record.modified:
        return True
    if not record.published:
        return False
    try:
        return datetime.fromisoformat(record.modified) <= datetime.fromisoformat(record.published)
    except (TypeError, ValueError):
        return True
