"""Exactly once on the side paths (issue 35): each item's failure, made small, failing first."""

from __future__ import annotations

import json
import os
import signal

import pytest

from conftest import PARA, extract_article, page

TITLE = "عنوان الخبر الرئيسي في الصفحة اليوم"
BODY = "".join(f"<p>{p}</p>" for p in PARA)
ARTICLE = page(f"<article><h1>{TITLE}</h1>{BODY}</article>", head='<meta property="og:type" content="article">')


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("where", ["ld+json", "next-data"])
def test_a_nested_script_never_costs_the_article(depth, where):
    """Item 6: a JSON-LD block (or an app state) nested past Python's stack beside a valid article."""
    deep = "[" * depth + "]" * depth
    script = (f'<script type="application/ld+json">{deep}</script>' if where == "ld+json"
              else f'<script id="__NEXT_DATA__" type="application/json">{{"a": {deep}}}</script>')
    html = page(f"<article><h1>{TITLE}</h1>{BODY}</article>",
                head=script + '<meta property="og:type" content="article">')
    rec = extract_article(html, url="https://ex.com/news/1/story")
    assert rec["paragraphs"] == PARA


def test_a_deep_graph_is_read_without_recursion():
    """@graph inside lists inside @graph, 450 levels: readable JSON, deeper than a recursive walk goes."""
    inner = json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-05-12T09:00:00+03:00"})
    graph = '{"@graph": [' * 450 + inner + "]}" * 450
    html = page(f"<article><h1>{TITLE}</h1>{BODY}</article>",
                head=f'<script type="application/ld+json">{graph}</script>')
    assert extract_article(html, url="https://ex.com/news/1/story")["paragraphs"] == PARA


def test_a_whole_last_line_without_its_newline_is_kept(cli_path, tmp_path):
    """Item 8: `printf '{"a":1}\\n{"b":2}' > f.jsonl` then `-o f.jsonl` kept the first line only."""
    import subprocess

    out = tmp_path / "f.jsonl"
    out.write_bytes(b'{"a":1}\n{"b":2}')
    art = tmp_path / "a.html"
    art.write_text(ARTICLE, encoding="utf-8")
    r = subprocess.run([*cli_path, "extract", str(art), "--url", "https://ex.com/news/1/story", "-o", str(out)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = out.read_bytes().split(b"\n")
    assert lines[:2] == [b'{"a":1}', b'{"b":2}'] and json.loads(lines[2])["title"] == TITLE and lines[3] == b""


def test_a_part_of_a_line_is_still_cut(cli_path, tmp_path):
    import subprocess

    out = tmp_path / "f.jsonl"
    out.write_bytes(b'{"a":1}\n{"b":2, "c": [1, 2')
    art = tmp_path / "a.html"
    art.write_text(ARTICLE, encoding="utf-8")
    subprocess.run([*cli_path, "extract", str(art), "--url", "https://ex.com/news/1/story", "-o", str(out)],
                   capture_output=True, text=True, timeout=60, check=True)
    lines = out.read_bytes().split(b"\n")
    assert lines[0] == b'{"a":1}' and json.loads(lines[1])["title"] == TITLE and len(lines) == 3


def test_a_record_written_but_not_recorded_is_never_written_twice(cli_path, tmp_path):
    """Items 3 and 8: the writer writes a line, then commits its state row. Killed between the two (its
    newline there or not), the next run records the line it finds last instead of writing it again."""
    import subprocess

    from mirror import Mirror

    m = Mirror().start()
    try:
        url = m.url("/news/2024/05/12/story-1")
        m.add("/robots.txt", "User-agent: *\nAllow: /\n", ctype="text/plain")
        m.add("/news/2024/05/12/story-1", page(f"<article><h1>{TITLE}</h1>{BODY}</article>",
                                               head='<meta property="og:type" content="article">'))
        for newline in (b"\n", b""):
            out, state = tmp_path / f"o{len(newline)}.jsonl", tmp_path / f"s{len(newline)}.sqlite"
            r = subprocess.run([*cli_path, "extract", url], capture_output=True, timeout=60, check=True)
            out.write_bytes(r.stdout.rstrip(b"\n") + newline)            # the line, its row never committed
            r = subprocess.run([*cli_path, "crawl", url, "-o", str(out), "--state", str(state),
                                "-s", "DOWNLOAD_DELAY=0"], capture_output=True, text=True, timeout=120)
            lines = [line for line in out.read_text(encoding="utf-8").split("\n") if line]
            assert len(lines) == 1, r.stderr
            assert "seen_before=1" in r.stderr.splitlines()[-1] or "duplicate=1" in r.stderr.splitlines()[-1], r.stderr
    finally:
        m.stop()


def test_identity_keeps_a_port_other_than_the_schemes_own():
    """Item 9: the same paths on two ports with one state were `seen_before` without being fetched."""
    from newsscrape.run.urls import canonical_key

    assert canonical_key("http://127.0.0.1:18765/news/1") != canonical_key("http://127.0.0.1:18766/news/1")
    assert canonical_key("https://www.ex.com:443/news/1?utm_source=x") == canonical_key("http://ex.com/news/1")


def test_two_names_of_one_state_file_are_one_lock(tmp_path):
    """Item 7: two crawls on hard links of one state both ran (the lock was named from the path)."""
    from newsscrape.errors import LockedError
    from newsscrape.run.state import RunLock, StateStore

    first = tmp_path / "a.sqlite"
    StateStore(first).db.close()
    second = tmp_path / "b.sqlite"
    second.hardlink_to(first)
    held = RunLock(first)
    held.acquire()
    try:
        with pytest.raises(LockedError):
            RunLock(second).acquire()
    finally:
        held.release()
    again = RunLock(second)
    again.acquire()                      # free once released
    again.release()


def test_a_damaged_state_is_one_line_and_2_and_never_changed(cli_path, tmp_path):
    """Item 7: a state whose header is valid but whose pages are garbled passed the check, then every
    article failed as state_unreachable."""
    import subprocess

    from newsscrape.run.state import StateStore

    state = tmp_path / "s.sqlite"
    store = StateStore(state)
    store.db.executemany("INSERT INTO archive_files (source, finished, articles) VALUES (?, ?, ?)",
                         [(f"f{n}" * 40, "2024-01-01", n) for n in range(2000)])
    store.db.commit()
    store.db.close()
    data = bytearray(state.read_bytes())
    for offset in range(4096 + 100, len(data) - 4096, 4096):    # garble every page past the first
        data[offset:offset + 64] = b"\xff" * 64
    state.write_bytes(bytes(data))
    before = state.read_bytes()
    r = subprocess.run([*cli_path, "crawl", "http://127.0.0.1:9/x", "--state", str(state)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "damaged" in r.stderr or "unreadable" in r.stderr
    assert state.read_bytes() == before


def test_overwrite_replaces_the_file_only_when_the_run_writes(cli_path, tmp_path):
    """Item 9: `-O file` emptied the file before the first record, so a run that reached nothing (exit 3)
    left yesterday's output empty."""
    import subprocess

    out = tmp_path / "news.jsonl"
    out.write_bytes(b'{"kept": true}\n')
    r = subprocess.run([*cli_path, "crawl", "http://127.0.0.1:9/news/1", "-O", str(out)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 3, r.stderr
    assert out.read_bytes() == b'{"kept": true}\n'


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_fifo_with_no_reader_waits_and_a_signal_ends_the_wait(signum, status, cli_path, tmp_path):
    """Item 10: a FIFO with no reader as -o blocked for ever in open(), deaf to SIGTERM and SIGINT (the
    crawl's handlers only ask a reactor that never runs again to stop)."""
    import subprocess
    import time

    fifo = tmp_path / "records"
    os.mkfifo(fifo)
    proc = subprocess.Popen([*cli_path, "crawl", "http://127.0.0.1:9/news/1", "-o", str(fifo)],
                            stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("still blocked after the signal")
    assert proc.returncode == status, err
    assert "waiting for a reader" in err and "Traceback" not in err


def _catches_sigterm(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            caught = next(line for line in f if line.startswith("SigCgt:"))
    except (OSError, StopIteration):
        return False
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


def _loaded(pid: int, library: str) -> bool:
    try:
        with open(f"/proc/{pid}/maps") as f:
            return library in f.read()
    except OSError:
        return False


@pytest.mark.parametrize("command", [["crawl", "http://127.0.0.1:9/news/1"], ["warc", "http://127.0.0.1:9/a.warc.gz"]])
def test_sigterm_is_heard_before_the_heavy_libraries_load(command, cli_path, tmp_path):
    """Item 10: a SIGTERM in the first second and a half killed the run with no summary line: nothing
    handled SIGTERM until Scrapy (or warc's loop) was up. newsscrape hears it from the start of its
    command line (before lxml, Scrapy, Twisted load), and a stop then says what the run did, here
    nothing, in one line with 143."""
    import subprocess
    import time

    proc = subprocess.Popen([*cli_path, *command, "-o", str(tmp_path / "o.jsonl")], stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 30
    while not _catches_sigterm(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.0005)
    heavy = _loaded(proc.pid, "lxml")
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert not heavy, "SIGTERM was heard only once lxml had loaded"
    assert proc.returncode == 143, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1] if err.strip() else ""
    assert "0 articles written" in last, err


def test_a_page_past_its_time_budget_is_one_skipped_page():
    """Item 6: no page may stall extraction. Every path (crawl, pool, warc, the datatrove step) judges
    a page with ``run.page.judge``; past its time budget the page is Skipped as too_slow (an error,
    counted and named) and the next page is judged as usual."""
    from newsscrape.run.page import FetchedPage, judge
    from newsscrape.sites import GENERIC

    body = ARTICLE.encode()
    slow = judge(FetchedPage("https://ex.com/news/1/story", body), GENERIC, budget=1e-6)
    assert slow.reason == "too_slow"
    fine = judge(FetchedPage("https://ex.com/news/1/story", body), GENERIC)
    assert fine.title == TITLE


def test_a_page_past_its_size_budget_is_skipped_unread():
    from newsscrape.run.page import MAX_PAGE_BYTES, FetchedPage, judge
    from newsscrape.sites import GENERIC

    huge = ARTICLE.encode() + b"<!-- " + b"x" * MAX_PAGE_BYTES + b" -->"
    assert judge(FetchedPage("https://ex.com/news/1/story", huge), GENERIC).reason == "too_large"
