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
from urllib.parse import urlsplit

from .. import exits
from ..crawl.dedup import Dedup
from ..crawl.state import RunLock, StateStore
from ..crawl.window import Window, parse_when
from ..output import JsonLinesOutput, OutputError, silence_stdout
from ..pool import judge, make_pool
from ..record import Article, errors
from ..sites import get
from ..words import plural
from .reader import Problem, Response, open_source, responses

CC_BASE = "https://data.commoncrawl.org"


@dataclass
class ArchiveOptions:
    sources: list[str] = field(default_factory=list)
    output: str = "-"
    mode: str = "a"
    processes: int = 0                    # 0: one per CPU
    since: str | None = None
    until: str | None = None
    site: str | None = None
    domains: list[str] = field(default_factory=list)
    state: str | None = None
    limit: int = 0
    cc_news: str | None = None            # YYYY-MM
    cc_base: str = CC_BASE
    progress: bool = True
    redis: str | None = None              # take sources from the shared Redis queue (worker mode)
    idle_timeout: float = 60.0
    heartbeat: float = 15.0


def cc_news_sources(month: str, base: str = CC_BASE) -> list[str]:
    """The WARC URLs of a CC-NEWS month, from its warc.paths.gz."""
    import gzip
    import re

    if not re.fullmatch(r"\d{4}-\d{2}", month or ""):
        raise ValueError(f"--cc-news {month}: expected YYYY-MM")
    year, mon = month.split("-")
    base = base.rstrip("/")
    with open_source(f"{base}/crawl-data/CC-NEWS/{year}/{mon}/warc.paths.gz") as stream:
        paths = gzip.decompress(stream.read()).decode("utf-8").split()
    return [f"{base}/{p.lstrip('/')}" for p in paths if p.strip()]


class _Stop(Exception):
    def __init__(self, reason: str, status: int):
        super().__init__(reason)
        self.reason, self.status = reason, status


class ArchiveRun:
    def __init__(self, opts: ArchiveOptions):
        self.opts = opts
        self.window = Window(parse_when(opts.since) if opts.since else None,
                             parse_when(opts.until) if opts.until else None)
        if self.window.since and self.window.until and self.window.since > self.window.until:
            raise ValueError("--since is after --until")
        self.profile = get(opts.site) if opts.site else None
        self.hosts = [d.lower().lstrip(".") for d in opts.domains] + list(self.profile.domains if self.profile else ())
        self.stats: Counter = Counter()
        if opts.redis:
            from ..crawl.distributed import RedisState

            self.store = RedisState(opts.redis)
        else:
            self.store = StateStore(opts.state) if opts.state else None
        self.lock = RunLock(opts.state) if opts.state and not opts.redis else None
        self.dedup = Dedup(self.store)
        self.output = JsonLinesOutput(opts.output, opts.mode, self.store)
        self.started = time.monotonic()
        self.last_progress = 0.0
        self.signal: int | None = None
        self.files_total = 0
        self.tty = opts.progress and sys.stderr.isatty()

    # ---- one record ------------------------------------------------------------------------------

    def wanted(self, url: str) -> bool:
        if not self.hosts:
            return True
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.hosts)

    def take(self, kind: str, value) -> None:
        """A worker's answer: write an article once, count anything else."""
        if kind != "article":
            self.stats[f"{'errors' if kind == 'error' else 'skipped'}/{value}"] += 1
            return
        article = Article.from_dict(value)
        if problems := errors(article):            # the crawl's rule: never written, counted, one line
            self.stats["skipped/invalid_record"] += 1
            sys.stderr.write(f"newsscrape: invalid record for {article.url}: {problems[0]}\n")
            return
        if reason := self.window.reason(article.published):
            self.stats[f"skipped/{reason}"] += 1
            return
        if reason := self.dedup.check(article):
            self.stats[f"skipped/{reason}"] += 1
            return
        if self.opts.limit and self.stats["articles"] >= self.opts.limit:
            self.stats["skipped/over_limit"] += 1
            return
        try:
            self.output.write(article)
        except OutputError as exc:
            self.stats["errors/broken_pipe" if exc.broken_pipe else "errors/write_failed"] += 1
            if exc.broken_pipe:
                silence_stdout()
                raise _Stop("broken_pipe", exits.BROKEN_PIPE) from None
            sys.stderr.write(f"newsscrape: {exc}\n")
            raise _Stop("write_failed", exits.WRITE_FAILED) from None
        self.dedup.add(article)
        self.stats["articles"] += 1

    # ---- the run ---------------------------------------------------------------------------------

    def run(self) -> tuple[int, dict]:
        sources = self.sources()
        self.files_total = len(sources)
        if self.lock:
            self.lock.acquire()
        previous = {s: signal.signal(s, self._on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
        processes = self.opts.processes or os.cpu_count() or 1
        pool = make_pool(processes) if processes > 1 else None
        reason, status = "finished", None
        self.output.open()
        try:
            if self.opts.redis:
                self._shared_sources(pool, processes)
            for source in sources:
                if isinstance(self.store, StateStore) and self.store.file_done(source):
                    self.stats["files_done_before"] += 1
                    continue
                self._one_source(source, pool, processes)
                if self._should_stop():
                    break
        except _Stop as stop:
            reason, status = stop.reason, stop.status
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            self.output.close()
            for s, handler in previous.items():
                signal.signal(s, handler)
            if self.lock:
                self.lock.release()
        if status is None and self.signal is not None:
            reason, status = "shutdown", 128 + self.signal
        elif status is None and self.opts.limit and self.stats["articles"] >= self.opts.limit:
            reason = "limit"
        summary = self.summary(reason)
        if status is None:
            unreadable = self.stats["errors/source_unreadable"] + self.stats["errors/not_warc"]
            status = exits.NOTHING if unreadable and unreadable >= len(sources) else \
                exits.PAGE_ERRORS if any(k.startswith("errors/") for k in self.stats) else exits.OK
        return status, summary

    def _should_stop(self) -> bool:
        return self.signal is not None or bool(self.opts.limit and self.stats["articles"] >= self.opts.limit)

    def _shared_sources(self, pool, processes: int) -> None:
        """Worker mode: files from the shared Redis queue until idle."""
        from .shared import SharedFiles, idle_wait

        files = SharedFiles(self.opts.redis, self.opts.heartbeat)
        try:
            while not self._should_stop():
                source = idle_wait(files, self.opts.idle_timeout)
                if source is None:
                    break
                self.files_total += 1
                complete = self._one_source(source, pool, processes)
                files.finish(source, complete)
        finally:
            files.close()

    def _one_source(self, source: str, pool, processes: int) -> bool:
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
                        self.stats[f"records/{item}"] += 1
                        self.stats["other_records"] += 1
                        continue
                    if isinstance(item, Problem):
                        self.stats["responses"] += item.response
                        self.stats[f"{'errors' if item.of_the_file else 'skipped'}/{item.reason}"] += 1
                        if item.of_the_file:
                            sys.stderr.write(f"newsscrape: {source}: {_FILE_PROBLEMS[item.reason]}\n")
                            complete = False                # not recorded as read: it may be replaced
                        continue
                    self.stats["responses"] += 1
                    if not self.wanted(item.url):
                        self.stats["skipped/other_domain"] += 1
                        continue
                    if pool is None:
                        self.take(*self._extract(item))
                    else:
                        pending.add(pool.submit(judge, item.url, item.body, item.content_type, self.opts.site,
                                                False, _iso(item.date), True))
                        if len(pending) >= processes * 4:
                            pending = self._drain(pending, FIRST_COMPLETED)
                    self._progress()
        except (OSError, EOFError) as exc:          # the stream broke off (network, truncated file)
            self.stats["errors/source_broken"] += 1
            sys.stderr.write(f"newsscrape: {source}: read failed ({exc})\n")
            complete = False
        self._drain(pending, None)
        complete = complete and not self._should_stop()
        if complete and isinstance(self.store, StateStore):     # shared (Redis) files: SharedFiles.finish
            self.store.mark_file(source, self.stats["articles"])
        self.stats["files"] += 1
        return complete

    def _extract(self, item: Response):
        return judge(item.url, item.body, item.content_type, self.opts.site, False, _iso(item.date), True)

    def _drain(self, pending: set[Future], until) -> set[Future]:
        while pending:
            done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in done:
                try:
                    self.take(*fut.result())
                except _Stop:
                    for other in pending:
                        other.cancel()
                    raise
                except Exception:  # a worker died (killed, out of memory): count, go on
                    self.stats["errors/extraction_failed"] += 1
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
            sys.stderr.write(self.summary("killed") + "\n")
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
        skipped = " ".join(f"{k.split('/', 1)[1]}={v}" for k, v in sorted(s.items())
                           if k.startswith("skipped/") and v) or "none"
        errors = " ".join(f"{k.split('/', 1)[1]}={v}" for k, v in sorted(s.items())
                          if k.startswith("errors/") and v) or "none"
        other = f" ({plural(s['other_records'], 'other record')})" if s["other_records"] else ""
        line = (f"newsscrape: {plural(s['responses'], 'response')} read{other}, "
                f"{plural(s['articles'], 'article')} written; "
                f"skipped: {skipped}; errors: {errors}; files: {s['files']}/{self.files_total}"
                + (f" ({s['files_done_before']} done before)" if s["files_done_before"] else "")
                + f"; {time.monotonic() - self.started:.1f}s ({reason})")
        if self.tty:
            sys.stderr.write("\r\033[K")
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return {"articles": s["articles"], "responses": s["responses"], "line": line}


_FILE_PROBLEMS = {"not_warc": "not a WARC file (no WARC/1.x record at its start)",
                  "truncated": "cut off: its last gzip member is incomplete"}


def run_archives(opts: ArchiveOptions) -> tuple[int, dict]:
    return ArchiveRun(opts).run()


def _iso(date: str | None) -> str | None:
    """WARC-Date (2024-05-01T12:00:00Z) as the crawl writes fetched_at."""
    if not date:
        return None
    return date[:-1] + "+00:00" if date.endswith("Z") else date
