"""SIGKILL at random moments never leaves part of a line: not in a file, not in a pipe.

The records are long (about 180 KB each: a one-write line crosses dozens of pages of the page
cache, where the kernel stops a write for a fatal signal). Each kill is aimed at a moment when a
line is being written: into a file, when its size has just grown; into a pipe the reader drains
slowly, at any moment (the crawl then spends most of its time inside a write). After each kill the
output must hold whole JSON lines only, once the run's processes have ended (its stderr closed).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

import conftest
from conftest import PARA
from mirror import Mirror, news_sitemap

pytestmark = pytest.mark.slow          # minutes of real processes: `pytest -m "not slow"` skips them

PAGES = 400
KILLS = 32                # at least 30 kills, half into a file and half into a pipe
FAST = (*conftest.FAST, "--concurrency", "4")


def long_page(i: int, paragraphs: int = 300) -> str:
    body = "".join(f"<p>الفقرة رقم {k} من التقرير {i}: {PARA[k % 4]}</p>" for k in range(paragraphs))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير {i}</title>'
            f"</head><body><article><h1>تقرير مطول رقم {i} عن المحادثات الجارية</h1><div>{body}</div>"
            "</article></body></html>")


@pytest.fixture(scope="module")
def site():
    m = Mirror().start()
    paths = [f"/reports/{i}/report-{i}" for i in range(PAGES)]
    for i, path in enumerate(paths):
        m.add(path, long_page(i))
    m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    yield m
    m.stop()


def whole_lines(data: bytes) -> int:
    """How many lines ``data`` holds, asserting each is whole JSON and the last one ends."""
    tail = len(data) - data.rfind(b"\n") - 1
    assert tail == 0, f"partial last line ({tail} bytes)"
    for line in data.splitlines():
        json.loads(line)
    return data.count(b"\n")


def start(cli_path, site, output: str, state: Path, stdout=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen([*cli_path, "crawl", site.url("/sitemap.xml"), "-o", output, "--state", str(state),
                             *FAST], stdout=stdout, stderr=subprocess.PIPE)


def kill_and_drain(proc: subprocess.Popen) -> None:
    """SIGKILL the crawl, then wait until every process holding its stderr (its writer) has ended."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.read()


def kill_file_run(cli_path, site, out: Path, state: Path, rng: random.Random) -> bool:
    """One run appending to ``out``, killed while its file grows; False when it ended first."""
    before = out.stat().st_size if out.exists() else 0
    proc = start(cli_path, site, str(out), state)
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == before) and proc.poll() is None:
        assert time.monotonic() < deadline, "no output in time"
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.3))                      # a later line, at random
    size = out.stat().st_size
    while out.stat().st_size == size and proc.poll() is None and time.monotonic() < deadline:
        pass                                             # the moment the next line starts to land
    if proc.poll() is not None:
        err = proc.stderr.read().decode("utf-8", "replace")
        assert proc.returncode == 0, err[-2000:]
        return False
    kill_and_drain(proc)
    return True


def kill_pipe_run(cli_path, site, state: Path, rng: random.Random) -> tuple[bytes, bool]:
    """One run writing to a pipe that is read slowly, killed at a random moment: what the pipe carried, and
    whether the kill found the run still going (False when it had ended first)."""
    proc = start(cli_path, site, "-", state, stdout=subprocess.PIPE)
    got: list[bytes] = []

    def drain() -> None:
        while chunk := os.read(proc.stdout.fileno(), 4096):
            got.append(chunk)
            time.sleep(0.002)                            # a slow reader: the pipe stays full

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not got and proc.poll() is None:
        assert time.monotonic() < deadline, "no output in time"
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.8))
    killed = proc.poll() is None
    kill_and_drain(proc)
    reader.join(timeout=60)                              # end of input: every writer has closed the pipe
    assert not reader.is_alive()
    return b"".join(got), killed


def test_random_sigkills_leave_only_whole_lines(site, cli_path, tmp_path):
    rng = random.Random(int(os.environ.get("NEWSSCRAPE_KILL_SEED", "23")))
    out, file_state, pipe_state = tmp_path / "out.jsonl", tmp_path / "file.sqlite", tmp_path / "pipe.sqlite"
    file_kills = pipe_kills = 0
    for _ in range(KILLS // 2):                          # bounded: a run that ends first is not retried
        if kill_file_run(cli_path, site, out, file_state, rng):
            file_kills += 1
        whole_lines(out.read_bytes())                    # checked before the next run could repair it
    for _ in range(KILLS // 2):
        carried, killed = kill_pipe_run(cli_path, site, pipe_state, rng)
        pipe_kills += killed
        whole_lines(carried)
    assert file_kills >= KILLS // 2 and pipe_kills == KILLS // 2
