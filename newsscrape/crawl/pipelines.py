"""The crawl's one item pipeline: each item through ``run.chain`` (window, validate, dedup, limit, write
and state), owned by the ``CrawlRun`` extension. A dropped item is counted there under its reason
(``newsscrape/skipped/<reason>``, ``newsscrape/errors/<reason>``), so the summary accounts for every page.
A failed write stops the crawl (exit 74; 141 for a closed pipe) with one line naming the failure.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from .. import exits
from ..errors import OutputError
from ..record import Article, Skipped
from ..run.chain import NotWritten
from ..run.output import silence_stdout
from .extension import CrawlRun

logger = logging.getLogger(__name__)


class RecordPipeline:
    def __init__(self, crawler):
        self.run = CrawlRun.of(crawler)

    @classmethod
    def from_crawler(cls, crawler) -> RecordPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.run.open()

    def close_spider(self) -> None:
        self.run.close()

    def process_item(self, item):
        record = item if isinstance(item, Article | Skipped) else ItemAdapter(item).asdict()
        try:
            taken = self.run.chain.handle(record)
        except OutputError as exc:
            if exc.broken_pipe:
                silence_stdout()
            else:
                logger.error("%s", exc)
            reason = "broken_pipe" if exc.broken_pipe else "write_failed"
            self.run.stop(reason, code=exits.BROKEN_PIPE if exc.broken_pipe else exits.WRITE_FAILED)
            raise DropItem(reason) from None
        if isinstance(taken, NotWritten):
            url = item.url if isinstance(item, Article | Skipped) else record.get("url")
            raise DropItem(f"{taken.reason}: {url}")
        return item if taken is record and record is not item else taken
