"""Extraction on every core: a process pool whose processes run ``newsscrape.run.page.judge``.

``judge`` returns an ``Article`` or a ``Skipped``, both picklable. The crawl awaits it from its callbacks
(``NEWSSCRAPE_PROCESSES``) and archive reading submits to it; both keep one writer in the main process.
Processes are forked when the pool is made (before the crawl's threads start); each then warms up by
itself, in parallel with the crawl's own start (robots.txt, sitemaps): it extracts a small page and
compiles the patterns extraction compiles on first use (about 0.15 s a process), and freezes the
garbage collector's view of what it imported.
"""

from __future__ import annotations

import gc
import os
import signal
from concurrent.futures import Executor, Future


def init_worker() -> None:
    """Workers leave the run's process group, so a Ctrl-C or a signal to the group reaches only the run,
    which stops the pool cleanly; they die with the run however it ends (Linux: PR_SET_PDEATHSIG), so no
    worker outlives a killed run holding its pipes. SIGTERM keeps its default: when one process dies,
    Python's pool terminates the others (their queue lock may be held by the dead one), and a worker that
    ignored it stayed blocked on that lock while the pool's manager thread waited for it for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)          # not the command line's handler it was forked with
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass                                                            # not Linux: the parent stops them
    try:
        warm_up()
    except Exception:  # only a head start: a worker that could not warm up still extracts
        pass
    gc.freeze()


_WARM_UP_PAGE = (
    '<html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><article>'
    "<h1>عنوان خبر قصير عن الطقس في المنطقة</h1>"
    "<p>القاهرة (أ ف ب) - قال المسؤول إن الطقس سيكون معتدلا خلال الأيام المقبلة في معظم المناطق.</p>"
    "<p>وأضاف أن درجات الحرارة ستنخفض قليلا مع نهاية الأسبوع الجاري بحسب التوقعات. (وكالات)</p>"
    "</article></body></html>").encode()


def warm_up() -> None:
    """What the first page would pay: the extraction modules' imports and the agency patterns."""
    from ..text.credits import closing_tag, dateline, is_agency_name, source_line

    is_agency_name("رويترز")
    closing_tag("وقال المسؤول إن الطقس سيكون معتدلا (رويترز)")
    dateline("القاهرة (رويترز) - قال المسؤول")
    source_line("(رويترز)")
    from ..sites import GENERIC
    from .page import FetchedPage, judge

    judge(FetchedPage("http://warm-up.invalid/news/1", _WARM_UP_PAGE, "text/html; charset=utf-8"), GENERIC)


def make_pool(processes: int) -> ExtractionPool:
    """A pool of ``processes`` forked workers that outlives its workers (``ExtractionPool``). They are
    forked here, by the first submit (a fork context starts every process at once), and warm up on their
    own: nothing waits for them."""
    return ExtractionPool(processes)


def _executor(processes: int, method: str):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(method), initializer=init_worker)
    pool.submit(_ready)
    return pool


def _settle_cancelled(outer: Future) -> None:
    """A cancelled page: its work in the pool is cancelled too, and the page is marked "cancelled and
    notified", as an executor marks the work it drops. (``Future.cancel`` alone leaves a future that
    ``concurrent.futures.wait`` never counts as done: a stopping `warc` waited on such pages for ever.)"""
    if outer.cancelled():
        inner = getattr(outer, "inner", None)
        if inner is not None:
            inner.cancel()
        outer.set_running_or_notify_cancel()


class ExtractionPool(Executor):
    """A process pool that survives the death of a process (SIGKILL, the OOM killer). Python's pool is
    broken for good when one of its processes dies, and every page it holds fails with it. Here a new
    pool takes over at once, and the pages the broken one held are suspects: each runs again alone, one
    at a time, in a one-process quarantine pool, so a page that kills its worker is found and fails alone
    (one ``extraction_failed``) while every other page is extracted. (A fork server would avoid forking
    beside the crawl's threads, but it imports the main module again: pytest's, a user's script.)"""

    def __init__(self, processes: int):
        import threading
        from collections import deque

        self.processes = processes
        self.renewals = 0
        self._lock = threading.Lock()
        self._renew_lock = threading.Lock()
        self._closed = False
        self._pool = _executor(processes, "fork")
        self._suspects: deque = deque()          # (outer future, fn, args, kwargs) waiting to run alone
        self._isolating = False                  # a suspect is running in the quarantine pool
        self._quarantine = None
        # New pools are forked by one long-lived thread: a worker dies with the thread that forked it
        # (PR_SET_PDEATHSIG is per thread), and the thread that sees a pool break is that pool's own.
        from concurrent.futures import ThreadPoolExecutor

        self._spawner = ThreadPoolExecutor(1, thread_name_prefix="newsscrape-pool")

    def _spawn(self, processes: int):
        return self._spawner.submit(_executor, processes, "fork").result()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        outer: Future = Future()
        outer.add_done_callback(_settle_cancelled)
        self._run(outer, fn, args, kwargs)
        return outer

    def _run(self, outer: Future, fn, args, kwargs) -> None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            inner = self._current().submit(fn, *args, **kwargs)
        except BrokenProcessPool:
            self._renew()
            self._suspect(outer, fn, args, kwargs)
            return
        except RuntimeError as exc:             # shut down meanwhile
            outer.set_exception(exc)
            return

        outer.inner = inner                     # cancelled with the page (see _settle_cancelled)

        def done(fut: Future) -> None:
            if outer.done():
                return                          # cancelled meanwhile (a stopping run)
            if fut.cancelled():
                outer.cancel()
            elif isinstance(fut.exception(), BrokenProcessPool) and not self._closed:
                self._renew()
                self._suspect(outer, fn, args, kwargs)
            elif fut.exception() is not None:
                outer.set_exception(fut.exception())
            else:
                outer.set_result(fut.result())

        inner.add_done_callback(done)

    # ---- suspects, one at a time -------------------------------------------------------------------

    def _suspect(self, outer: Future, fn, args, kwargs) -> None:
        with self._lock:
            self._suspects.append((outer, fn, args, kwargs))
            if self._isolating:
                return
            self._isolating = True
        self._isolate_next()

    def _isolate_next(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        with self._lock:
            if not self._suspects or self._closed:
                self._isolating = False
                for outer, *_ in self._suspects:
                    outer.cancel()
                self._suspects.clear()
                return
            outer, fn, args, kwargs = self._suspects.popleft()
            renew = self._quarantine is None or bool(getattr(self._quarantine, "_broken", False))
        if renew:
            fresh = self._spawn(1)
            with self._lock:
                self._quarantine = fresh
        with self._lock:
            quarantine = self._quarantine
        try:
            inner = quarantine.submit(fn, *args, **kwargs)
        except (BrokenProcessPool, RuntimeError) as exc:
            outer.set_exception(exc if isinstance(exc, BrokenProcessPool) else BrokenProcessPool(str(exc)))
            self._isolate_next()
            return

        outer.inner = inner

        def done(fut: Future) -> None:
            exc = fut.exception() if not fut.cancelled() else None
            if outer.done():
                pass                            # cancelled meanwhile (a stopping run)
            elif fut.cancelled():
                outer.cancel()
            elif exc is not None:                # alone and dead: this page is what kills its worker
                outer.set_exception(exc)
            else:
                outer.set_result(fut.result())
            self._isolate_next()

        inner.add_done_callback(done)

    # ---- the pool ----------------------------------------------------------------------------------

    def _current(self):
        with self._lock:
            if self._closed:
                raise RuntimeError("the extraction pool is shut down")
            return self._pool

    def _renew(self) -> None:
        """A new pool in place of a broken one (once, whichever of its pages notices first)."""
        with self._renew_lock:
            with self._lock:
                if self._closed or not getattr(self._pool, "_broken", False):
                    return
                old = self._pool
            fresh = self._spawn(self.processes)
            with self._lock:
                self._pool = fresh
                self.renewals += 1
        try:
            old.shutdown(wait=False, cancel_futures=True)   # (called from its own manager thread: no join)
        except RuntimeError:
            pass

    def executors(self) -> list:
        with self._lock:
            return [p for p in (self._pool, self._quarantine) if p is not None]

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
        for pool in self.executors():
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)
        self._spawner.shutdown(wait=False)


def _ready() -> bool:
    return True


def stop_pool(pool, timeout: float = 2.0) -> None:
    """Stop a pool without waiting for queued pages, give its manager thread up to ``timeout`` s to
    finish, and take it off the interpreter's exit hook. Python 3.11's hook writes to each manager
    thread's wake-up pipe without a lock, so a thread closing that pipe at the same moment printed an
    EBADF traceback at exit (seen twice in CI, when a short crawl ended while a process was still
    warming up). The thread is read before ``shutdown``, which clears the attribute. ``shutdown`` has
    already woken the thread; the interpreter still joins it (it is not a daemon) before exiting."""
    if isinstance(pool, ExtractionPool):
        with pool._lock:
            pool._closed = True
        for inner in pool.executors():
            stop_pool(inner, timeout)
        pool._spawner.shutdown(wait=False)
        return
    import threading

    thread = getattr(pool, "_executor_manager_thread", None)     # CPython's names; absent elsewhere
    if thread is threading.current_thread():
        thread = None
    pool.shutdown(wait=False, cancel_futures=True)               # (and it sets that attribute to None)
    if thread is not None:
        thread.join(timeout)
        from concurrent.futures import process

        getattr(process, "_threads_wakeups", {}).pop(thread, None)
