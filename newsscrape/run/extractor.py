"""The one extractor front of every path: fetched pages to records, in a process pool (``run.pool``) or in
this process. The crawl, ``newsscrape warc`` and the datatrove step each hold one; none of them chooses
between the pool and this process on its own."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future
from functools import partial

from ..record import Article, Skipped
from ..sites import Profile
from .page import DEFAULT_OPTIONS, ExtractionOptions, FetchedPage, judge
from .pool import make_pool, stop_pool


class Extractor:
    def __init__(self, processes: int = 1, options: ExtractionOptions = DEFAULT_OPTIONS):
        self.options = options
        self.pool = make_pool(processes) if processes > 1 else None

    def judge(self, page: FetchedPage, profile: Profile) -> Article | Skipped:
        """In this process."""
        return judge(page, profile, self.options)

    def submit(self, page: FetchedPage, profile: Profile) -> Future:
        """In the pool when there is one (else done here); the future's ``url`` names the page."""
        if self.pool is not None:
            future = self.pool.submit(judge, page, profile, self.options)
        else:
            future = Future()
            future.set_result(self.judge(page, profile))
        future.url = page.url          # type: ignore[attr-defined]   for the line if its worker dies
        return future

    async def judge_async(self, page: FetchedPage, profile: Profile) -> Article | Skipped:
        """For the crawl's callbacks: in the pool without blocking the reactor, else here."""
        if self.pool is None:
            return self.judge(page, profile)
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, partial(judge, page, profile,
                                                                                       self.options))
        except Exception as exc:  # a worker died (killed, out of memory): this page is an error, the run goes on
            return Skipped(page.url, "extraction_failed", type(exc).__name__)

    @staticmethod
    def failed(future: Future, exc: BaseException) -> Skipped:
        """The record of a page whose pool process died."""
        return Skipped(getattr(future, "url", None), "extraction_failed", type(exc).__name__)

    def close(self) -> None:
        if self.pool is not None:
            stop_pool(self.pool)             # never a wait on a process that may be dead
            self.pool = None
