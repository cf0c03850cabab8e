"""A dead extraction process is one failed page and a new process (issue 35, item 4), in the pool the
crawl and `warc` share. Python's own pool fails every page it holds once one of its processes dies."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import wait
from concurrent.futures.process import BrokenProcessPool

import pytest

from newsscrape.run.pool import make_pool, stop_pool

pytestmark = pytest.mark.slow          # minutes of real processes: `pytest -m "not slow"` skips them


def _work(n: int) -> int:
    time.sleep(0.05)
    return n * n


def _kills_its_worker(n: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return n


def _pid(_: int) -> int:
    time.sleep(0.3)
    return os.getpid()


def test_a_page_that_kills_its_worker_fails_alone():
    pool = make_pool(2)
    try:
        futures = [pool.submit(_work, n) for n in range(20)]
        deadly = pool.submit(_kills_its_worker, 99)
        futures += [pool.submit(_work, n) for n in range(20, 40)]
        wait([*futures, deadly], timeout=120)
        assert [f.result() for f in futures] == [n * n for n in range(40)]
        with pytest.raises(BrokenProcessPool):
            deadly.result()
        assert pool.submit(_work, 7).result(timeout=60) == 49          # and the pool goes on
    finally:
        stop_pool(pool)


def test_a_worker_killed_from_outside_loses_no_page():
    pool = make_pool(2)
    try:
        pids = {f.result(timeout=60) for f in [pool.submit(_pid, n) for n in range(4)]}
        futures = [pool.submit(_work, n) for n in range(30)]
        os.kill(next(iter(pids)), signal.SIGKILL)
        assert [f.result(timeout=120) for f in futures] == [n * n for n in range(30)]
    finally:
        stop_pool(pool)


def test_cancelled_pages_count_as_done_for_wait():
    """A stopping `warc` cancels the pages it no longer wants and waits for the rest: a cancelled page
    must count as done, or the wait never ends (it hung once in several SIGTERMs)."""
    pool = make_pool(2)
    try:
        futures = [pool.submit(_work, n) for n in range(50)]
        for f in futures[10:]:
            f.cancel()
        done, pending = wait(futures, timeout=30)
        assert not pending
    finally:
        stop_pool(pool)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:                                    # a zombie is dead but still has its pid until it is reaped
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def test_workers_obey_the_pools_own_terminate_and_sit_outside_the_runs_group():
    """When a process dies, Python's pool terminates the others (SIGTERM): their queue lock may be held by
    the dead one. A worker that ignored SIGTERM stayed blocked on that lock and the pool's manager thread
    waited on it for ever: the test run itself never exited (CI timed out after all tests passed). A
    worker leaves its run's process group instead, so a Ctrl-C or a `kill -- -PGID` reaches only the
    run, which stops the pool."""
    pool = make_pool(2)
    try:
        pids = {f.result(timeout=60) for f in [pool.submit(_pid, n) for n in range(4)]}
        for pid in pids:
            assert os.getpgid(pid) != os.getpgid(0)
        victim = next(iter(pids))
        os.kill(victim, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while _alive(victim) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(victim)
    finally:
        stop_pool(pool)
