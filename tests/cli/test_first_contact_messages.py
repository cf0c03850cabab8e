"""What a first-time user is told (issue 32, "Messages"): each failing first, then fixed."""

from __future__ import annotations

import select
import subprocess
import sys
import time

import conftest
from newsscrape.run.state import RunLock

ROOT = conftest.ROOT


def test_a_host_that_does_not_resolve_is_not_retried(cli_path):
    """The README lists 5xx, 408 and 429 as retried; a typo'd or offline host answers the same at once."""
    r = subprocess.run([*cli_path, "crawl", "http://nosuchhost.invalid/news/1"], capture_output=True, text=True,
                       timeout=60)
    summary = r.stderr.strip().splitlines()[-1]
    assert "dns=1" in summary and "retried: 0" in summary, r.stderr


def test_wait_says_it_is_waiting(cli_path, tmp_path):
    state = tmp_path / "s.sqlite"
    lock = RunLock(state)
    lock.acquire()
    try:
        proc = subprocess.Popen([*cli_path, "crawl", "http://127.0.0.1:9/x", "--state", str(state), "--wait"],
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        line = ""
        while time.monotonic() < deadline and "waiting" not in line:
            ready, _, _ = select.select([proc.stderr], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                line = proc.stderr.readline()
    finally:
        lock.release()
    proc.wait(timeout=60)
    assert "waiting for the run that holds" in line


def test_scrapy_crawl_without_a_target_is_one_line_and_2():
    r = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "article"], capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "scrapy crawl article: no target" in r.stderr


def test_a_state_that_cannot_grow_is_named_not_the_output(shared, cli_path, tmp_path):
    """`ulimit -f` (or a full disk) that stops the state's commit: the message named the output, whose
    lines had all gone out, instead of the state file that could not be written."""
    import resource

    from mirror import corpus_site

    m, _ = corpus_site(shared)
    try:
        state = tmp_path / "runs.sqlite"

        def small_files():
            resource.setrlimit(resource.RLIMIT_FSIZE, (40 * 1024, 40 * 1024))

        r = subprocess.run([*cli_path, "crawl", m.url("/sitemap.xml"), "--state", str(state), "--delay", "0"],
                           capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    finally:
        m.stop()
    assert r.returncode == 74, r.stderr
    assert str(state) in r.stderr.splitlines()[0], r.stderr      # opening it or writing to it: the state's name
    assert "standard output" not in r.stderr
