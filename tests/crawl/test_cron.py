"""Cron-ready runs: incremental state, safe interruption (SIGTERM, SIGKILL), one run at a time."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

import conftest
from mirror import many_articles, news_sitemap, read_records, record_paths, sitemap_site

N = 240
FAST = (*conftest.FAST, "--concurrency", "4")


@pytest.fixture()
def site(shared):
    m = sitemap_site(shared, N, delay=0.04)
    yield m
    m.stop()


def cmd(cli_path, site, out, state, *extra):
    return [*cli_path, "crawl", site.url("/sitemap.xml"), "-o", str(out), "--state", str(state), *FAST, *extra]


read, paths_of = read_records, record_paths


def wait_for_lines(out: Path, n: int, proc, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            raise AssertionError("crawl ended before it could be interrupted")
        time.sleep(0.05)
    raise AssertionError("no output in time")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_run_then_rerun_writes_each_article_once(site, cli_path, tmp_path, sig):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    proc = subprocess.Popen(cmd(cli_path, site, out, state), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    wait_for_lines(out, 40, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err[-2000:]
    assert "articles written" in err.splitlines()[-1]        # the summary line, even when stopped
    first = read(out)
    assert 40 <= len(first) < N
    second = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr[-2000:]
    both = paths_of(read(out))
    assert sorted(both) == sorted(site.paths)                 # every article exactly once


def test_killed_run_loses_nothing_and_leaves_no_partial_line(site, cli_path, tmp_path):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    proc = subprocess.Popen(cmd(cli_path, site, out, state), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_lines(out, 40, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.read()                                        # until its writer, which holds it, has ended
    first = read(out)                                         # every line whole right after the kill
    second = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr[-2000:]
    both = paths_of(read(out))
    assert sorted(both) == sorted(site.paths)                 # nothing lost, nothing twice
    assert len(first) >= 40


def test_partial_last_line_is_repaired_before_appending(site, cli_path, tmp_path):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    out.write_text('{"url": "whole line"}\n{"url": "cut off by a ha', encoding="utf-8")
    site.add("/small.xml", news_sitemap(site, [(p, None) for p in site.paths[:3]]), ctype="application/xml")
    r = subprocess.run([*cli_path, "crawl", site.url("/small.xml"), "-o", str(out), "--state", str(state), *FAST],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "partial line" in r.stderr
    recs = read(out)
    assert recs[0] == {"url": "whole line"} and len(recs) == 4


def test_rerun_writes_nothing_then_only_the_new_article(site, cli_path, tmp_path, shared):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    subset = site.paths[:30]
    site.add("/sitemap.xml", news_sitemap(site, [(p, None) for p in subset]), ctype="application/xml")
    first = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and len(read(out)) == 30
    hits = dict(site.hits)
    again = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(read(out)) == 30
    assert "seen_before=30" in again.stderr.splitlines()[-1]
    assert all(site.hits.get(p) == hits.get(p) for p in subset)        # not even fetched again
    new = many_articles(site, shared, 1, prefix="/fresh")[0]
    site.add("/sitemap.xml", news_sitemap(site, [(p, None) for p in [*subset, new]]), ctype="application/xml")
    third = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert third.returncode == 0
    recs = read(out)
    assert len(recs) == 31 and paths_of(recs)[-1] == new
    show = subprocess.run([*cli_path, "state", "show", "--state", str(state)], capture_output=True, text=True)
    assert "31 articles" in show.stdout
    forget = subprocess.run([*cli_path, "state", "forget", site.url(new), "--state", str(state)],
                            capture_output=True, text=True)
    assert forget.returncode == 0
    fourth = subprocess.run(cmd(cli_path, site, out, state), capture_output=True, text=True, timeout=120)
    assert fourth.returncode == 0 and paths_of(read(out))[-1] == new and len(read(out)) == 32
    prune = subprocess.run([*cli_path, "state", "prune", "--older-than", "0m", "--state", str(state)],
                           capture_output=True, text=True)
    assert prune.returncode == 0 and "pruned" in prune.stdout


def test_changed_article_is_written_again_with_modified(site, cli_path, tmp_path, shared):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    path = site.paths[0]
    site.add("/one.xml", news_sitemap(site, [(path, "2020-01-01T00:00:00+00:00")]), ctype="application/xml")
    base = [*cli_path, "crawl", site.url("/one.xml"), "-o", str(out), "--state", str(state), "--changed", *FAST]
    assert subprocess.run(base, capture_output=True, timeout=60).returncode == 0
    status, ctype, body = site.routes[path]
    old, new = "يصادف اليوم ذكرى ميلاد".encode(), "يصادف هذا اليوم ذكرى ميلاد".encode()
    assert old in body                                        # the akhbarelyom page's first paragraph
    site.add(path, body.replace(old, new))
    site.add("/one.xml", news_sitemap(site, [(path, "2099-01-01T00:00:00+00:00")]), ctype="application/xml")
    r = subprocess.run(base, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    recs = read(out)
    assert len(recs) == 2 and recs[1]["modified"]
    assert "يصادف هذا اليوم" in recs[1]["body"]
    # Listed as changed again but the same content: fetched, compared, not written.
    site.add("/one.xml", news_sitemap(site, [(path, "2099-06-01T00:00:00+00:00")]), ctype="application/xml")
    r = subprocess.run(base, capture_output=True, text=True, timeout=60)
    assert len(read(out)) == 2 and "unchanged=1" in r.stderr.splitlines()[-1]


def test_second_run_on_the_same_state_exits_75(site, cli_path, tmp_path):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    first = subprocess.Popen(cmd(cli_path, site, out, state), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 30
    while not Path(str(state) + ".lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    second = subprocess.run(cmd(cli_path, site, tmp_path / "other.jsonl", state), capture_output=True, text=True,
                            timeout=60)
    assert second.returncode == 75, second.stderr
    assert "another newsscrape run" in second.stderr and "Traceback" not in second.stderr
    first.send_signal(signal.SIGTERM)
    first.communicate(timeout=60)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_resume_without_a_state_writes_each_article_once(site, cli_path, tmp_path, sig):
    """--resume alone (no --state): stopped by Ctrl-C or killed, then resumed, every article exactly
    once (the job's own record of what was written is in DIR, written with each line)."""
    out, job = tmp_path / "out.jsonl", tmp_path / "job"
    base = [*cli_path, "crawl", site.url("/sitemap.xml"), "-o", str(out), "--resume", str(job), *FAST]
    proc = subprocess.Popen(base, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_lines(out, 40, proc)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert 40 <= len(read(out)) < N
    second = subprocess.run(base, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr[-2000:]
    assert sorted(paths_of(read(out))) == sorted(site.paths)


def test_resume_continues_a_stopped_backfill(site, cli_path, tmp_path):
    """--resume keeps Scrapy's job directory: the second run continues the queue, no state file needed."""
    out, job = tmp_path / "out.jsonl", tmp_path / "job"
    base = [*cli_path, "crawl", site.url("/sitemap.xml"), "-o", str(out), "--resume", str(job), *FAST]
    proc = subprocess.Popen(base, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_lines(out, 40, proc)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert len(read(out)) < N
    second = subprocess.run(base, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr[-2000:]
    assert sorted(paths_of(read(out))) == sorted(site.paths)
