"""One run over web archives: sources in turn, extraction on every core, each article once.

The main process reads the WARC streams and owns the output, the dedup set and the state; a pool of
processes extracts. Output order is free; every line is whole (one writer). A source is recorded in the
state as done only when all its articles are written, so a rerun with the same state skips finished
files and, in the file it stopped in, writes only what the state does not have.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from datetime import datetime

from .. import exits
from ..errors import OutputError, SourceError, UsageError
from ..run.chain import Chain
from ..run.extractor import Extractor
from ..run.health import RunHealth, keep
from ..run.output import JsonLinesOutput, silence_stdout
from ..run.page import FetchedPage
from ..run.report import by_reason, summary_line
from ..run.state import RunLock, StateStore
from ..run.urls import on_hosts
from ..run.window import Window
from ..sites import Profile, for_url
from ..words import plural
from .reader import Problem, Response, count_key, open_source, responses

CC_BASE = "https://data.commoncrawl.org"


@dataclass
class ArchiveOptions:
    sources: list[str] = field(default_factory=list)
    output: str = "-"
    mode: str = "a"
    processes: int = 0                    # 0: one per CPU
    since: datetime | None = None         # parsed once, by the command line
    until: datetime | None = None
    site: Profile | None = None           # only this publisher's domains, with its profile
    domains: list[str] = field(default_factory=list)
    state: str | None = None
    limit: int = 0
    drop_copies: bool = False             # a copy of a story already known is skipped ("copy")
    cc_news: str | None = None            # YYYY-MM
    cc_base: str = CC_BASE
    progress: bool = True


def cc_news_sources(month: str, base: str = CC_BASE) -> list[str]:
    """The WARC URLs of a CC-NEWS month, from its warc.paths.gz."""
    import gzip
    import re

    if not re.fullmatch(r"\d{4}-\d{2}", month or ""):
        raise UsageError(f"--cc-news {month}: expected YYYY-MM")
    year, mon = month.split("-")
    base = base.rstrip("/")
    listing = f"{base}/crawl-data/CC-NEWS/{year}/{mon}/warc.paths.gz"
    try:
        with open_source(listing) as stream:
            paths = gzip.decompress(stream.read()).decode("utf-8").split()
    except OSError as exc:
        why = getattr(exc, "reason", None) or exc
        why = getattr(why, "strerror", None) or why            # "[Errno -2] Name or service not known" -> its words
        raise SourceError(f"{listing}: {why}") from None
    return [f"{base}/{p.lstrip('/')}" for p in paths if p.strip()]


class ArchiveRun:
    def __init__(self, opts: ArchiveOptions):
        self.opts = opts
        self.profile = opts.site
        self.hosts = [d.lower().lstrip(".") for d in opts.domains] + list(self.profile.domains if self.profile else ())
        self.stats: Counter = Counter()
        self.store = StateStore(opts.state) if opts.state else None
        self.lock = RunLock(opts.state) if opts.state else None
        self.output = JsonLinesOutput(opts.output, opts.mode, self.store)
        self.health = RunHealth("warc")
        self.chain = Chain(self._count, window=Window.of(opts.since, opts.until), store=self.store,
                           limit=opts.limit, output=self.output, health=self.health,
                           stories=self.store.stories() if self.store is not None else None,
                           drop_copies=opts.drop_copies)
        self.stop_reason: str | None = None
        self.started = time.monotonic()
        self.last_progress = 0.0
        self.signal: int | None = None
        self.files_total = 0
        self.tty = opts.progress and sys.stderr.isatty()

    # ---- one record ------------------------------------------------------------------------------

    def wanted(self, url: str) -> bool:
        return not self.hosts or on_hosts(url, self.hosts)

    def _count(self, key: str) -> None:
        self.stats[key] += 1

    def take(self, result) -> None:
        """What ``run.page.judge`` gave, through the run's chain (as in the crawl)."""
        try:
            self.chain.handle(result)
        except OutputError as exc:
            if exc.broken_pipe:
                silence_stdout()
            else:
                sys.stderr.write(f"newsscrape: {exc}\n")
            self.stop_reason = "broken_pipe" if exc.broken_pipe else "write_failed"

    # ---- the run ---------------------------------------------------------------------------------

    def run(self) -> tuple[int, dict]:
        _log_to_stderr()
        sources = self.sources()
        self.files_total = len(sources)
        if self.lock:
            self.lock.acquire()
        previous = {s: signal.signal(s, self._on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        processes = self.opts.processes or os.cpu_count() or 1
        extractor = Extractor(processes)
        self.output.open()
        try:
            for source in sources:
                if self.store is not None and self.store.file_done(source):
                    self.stats["files_done_before"] += 1
                    continue
                self._one_source(source, extractor, processes)
                if self._should_stop():
                    break
        finally:
            extractor.close()
            self.output.close()
            for s, handler in previous.items():
                signal.signal(s, handler)
            if self.store is not None:       # before the lock goes: the state is this run's until then
                for line in keep(self.store, self.health, self._reason()):
                    sys.stderr.write(f"newsscrape: {line}\n")
            if self.lock:
                self.lock.release()
        reason = self._reason()
        summary = self.summary(reason)
        errors = by_reason(self.stats, "errors")
        status = exits.for_run(stop_reason=self.stop_reason, signal=self.signal, starts=len(sources),
                               starts_failed=self.stats["errors/source_unreadable"] + self.stats["errors/not_warc"],
                               articles=self.stats["articles"], errors=errors)
        return status, summary

    def _reason(self) -> str:
        return self.stop_reason or ("shutdown" if self.signal is not None else
                                    "limit" if self.chain.full else "finished")

    def _should_stop(self) -> bool:
        return self.signal is not None or self.stop_reason is not None or self.chain.full

    def _one_source(self, source: str, extractor: Extractor, processes: int) -> bool:
        """Read one file; True when it was read to its end."""
        try:
            stream = open_source(source)
        except (OSError, ValueError) as exc:
            self.stats["errors/source_unreadable"] += 1
            sys.stderr.write(f"newsscrape: {source}: {getattr(exc, 'reason', None) or exc}\n")
            return True                             # nothing more to gain from it
        pending: set[Future] = set()
        complete = True
        try:
            with stream:
                for item in responses(stream):
                    if self._should_stop():
                        complete = False
                        break
                    if isinstance(item, str):
                        self.stats[count_key(item)] += 1
                        self.stats["other_records"] += 1
                        continue
                    if isinstance(item, Problem):
                        self.stats["responses"] += item.response
                        self.stats[count_key(item)] += 1
                        if item.of_the_file:
                            sys.stderr.write(f"newsscrape: {source}: {_FILE_PROBLEMS[item.reason]}\n")
                            complete = False                # not recorded as read: it may be replaced
                        continue
                    self.stats["responses"] += 1
                    if not self.wanted(item.url):
                        self.stats["skipped/other_domain"] += 1
                        continue
                    self.health.fetched(item.url)
                    future = extractor.submit(archived_page(item), self.profile or for_url(item.url))
                    if future.done():                       # judged here (no pool): taken in order
                        self.take(future.result())
                    else:
                        pending.add(future)
                        if len(pending) >= processes * 4:
                            pending = self._drain(pending, FIRST_COMPLETED)
                    self._progress()
        except (OSError, EOFError) as exc:          # the stream broke off (network, truncated file)
            self.stats["errors/source_broken"] += 1
            sys.stderr.write(f"newsscrape: {source}: read failed ({exc})\n")
            complete = False
        self._drain(pending, None)
        complete = complete and not self._should_stop()
        if complete and self.store is not None:
            self.store.mark_file(source, self.stats["articles"])
        self.stats["files"] += 1
        return complete

    def _drain(self, pending: set[Future], until) -> set[Future]:
        while pending:
            done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in done:
                try:
                    result = fut.result()
                except Exception as exc:  # a worker died (killed, out of memory): an error, go on
                    result = Extractor.failed(fut, exc)
                self.take(result)
                if self.stop_reason is not None:
                    for other in pending:
                        other.cancel()
                    return set()
            if until is FIRST_COMPLETED and done:
                return pending
            if self.signal is not None:
                for fut in pending:
                    fut.cancel()
        return pending

    def _on_signal(self, signum, frame) -> None:
        if self.signal is None:
            self.signal = signum
            sys.stderr.write("newsscrape: stopping…\n")
            sys.stderr.flush()
        else:                                       # a second signal: the summary, then out
            self.summary("killed")                  # (writes the line itself)
            os._exit(128 + signum)

    def sources(self) -> list[str]:
        out = list(self.opts.sources)
        if "-" in out:
            out.remove("-")
            out += [line.strip() for line in sys.stdin if line.strip()]
        if self.opts.cc_news:
            out += cc_news_sources(self.opts.cc_news, self.opts.cc_base)
        return out

    def _progress(self) -> None:
        if self.tty and time.monotonic() - self.last_progress > 0.5:
            self.last_progress = time.monotonic()
            sys.stderr.write(f"\rnewsscrape: files {self.stats['files']}/{self.files_total}, "
                             f"{self.stats['articles']} articles\033[K")
            sys.stderr.flush()

    def summary(self, reason: str) -> dict:
        s = self.stats
        other = f" ({plural(s['other_records'], 'other record')})" if s["other_records"] else ""
        files = f"files: {s['files']}/{self.files_total}" \
            + (f" ({s['files_done_before']} done before)" if s["files_done_before"] else "")
        line = summary_line(f"{plural(s['responses'], 'response')} read{other}", s["articles"],
                            by_reason(s, "skipped"), by_reason(s, "errors"), [files],
                            time.monotonic() - self.started, reason)
        if self.tty:
            sys.stderr.write("\r\033[K")
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return {"articles": s["articles"], "responses": s["responses"], "line": line}


_FILE_PROBLEMS = {"not_warc": "not a WARC file (no WARC/1.x record at its start)",
                  "truncated": "cut off: its last gzip member is incomplete"}


def _log_to_stderr() -> None:
    """The chain's and the output's warnings (an invalid record, a page that failed) as the archive
    run's own lines: ``newsscrape: ...`` on stderr, warnings and above."""
    import logging

    log = logging.getLogger("newsscrape")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("newsscrape: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.WARNING)
        log.propagate = False


def archived_page(item: Response) -> FetchedPage:
    """An archived response as a fetched page: in archives any page of the web turns up, so only Arabic
    pages count, and none is vouched for."""
    return FetchedPage(item.url, item.body, item.content_type, fetched_at=_iso(item.date), origin="archive",
                       vouched=False)


def run_archives(opts: ArchiveOptions) -> tuple[int, dict]:
    from ..run.heap import keep_large_blocks_mapped

    keep_large_blocks_mapped()          # a long archive's pages do not pile up in the heap (run/heap.py)
    return ArchiveRun(opts).run()


def _iso(date: str | None) -> str | None:
    """WARC-Date (2024-05-01T12:00:00Z) as the crawl writes fetched_at."""
    if not date:
        return None
    return date[:-1] + "+00:00" if date.endswith("Z") else date
