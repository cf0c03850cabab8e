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
import signal


def init_worker() -> None:
    """Workers leave SIGINT/SIGTERM to the parent, which stops the pool cleanly, and die with it
    however it ends (Linux: PR_SET_PDEATHSIG), so no worker outlives a killed run holding its pipes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
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
    from .page import judge

    judge(_WARM_UP_PAGE, "http://warm-up.invalid/news/1", GENERIC, content_type="text/html; charset=utf-8")


def make_pool(processes: int):
    """A pool of ``processes`` forked workers. They are forked here, by the first submit (a fork
    context starts every process at once), and warm up on their own: nothing waits for them."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"), initializer=init_worker)
    pool.submit(_ready)
    return pool


def _ready() -> bool:
    return True


def stop_pool(pool, timeout: float = 2.0) -> None:
    """Stop a pool without waiting for queued pages, give its manager thread up to ``timeout`` s to
    finish, and take it off the interpreter's exit hook. Python 3.11's hook writes to each manager
    thread's wake-up pipe without a lock, so a thread closing that pipe at the same moment printed an
    EBADF traceback at exit (seen twice in CI, when a short crawl ended while a process was still
    warming up). The thread is read before ``shutdown``, which clears the attribute. ``shutdown`` has
    already woken the thread; the interpreter still joins it (it is not a daemon) before exiting."""
    thread = getattr(pool, "_executor_manager_thread", None)     # CPython's names; absent elsewhere
    pool.shutdown(wait=False, cancel_futures=True)               # (and it sets that attribute to None)
    if thread is not None:
        thread.join(timeout)
        from concurrent.futures import process

        getattr(process, "_threads_wakeups", {}).pop(thread, None)
