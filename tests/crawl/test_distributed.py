"""Distributed crawling on scrapy-redis: workers share one frontier on a real Redis server (loopback)."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

import conftest
from conftest import start_redis
from hostile_run import ping, redis_server
from mirror import Mirror, many_articles, news_sitemap, read_records, record_paths, sitemap_site

pytestmark = pytest.mark.slow          # minutes of real processes: `pytest -m "not slow"` skips them

N = 300
FAST = (*conftest.FAST, "--concurrency", "2", "-s", "NEWSSCRAPE_REDIS_HEARTBEAT=2")


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    proc, port = start_redis(tmp_path_factory.mktemp("redis"))
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture()
def redis_db(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield redis_url
    client.flushdb()


@pytest.fixture(scope="module")
def site(shared):
    m = sitemap_site(shared, N, delay=0.06)
    yield m
    m.stop()


def read(path: Path) -> list[str]:
    return record_paths(read_records(path))


def test_two_crawlers_share_the_work(site, redis_db, cli_path, tmp_path):
    outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
    procs = [subprocess.Popen([*cli_path, "crawl", site.url("/sitemap.xml"), "--redis", redis_db, "-O", str(o), *FAST],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for o in outs]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    a, b = read(outs[0]), read(outs[1])
    assert a and b, [e[-600:] for e in errs]                  # both did part of the work
    assert sorted(a + b) == sorted(site.paths)                 # together: every article exactly once


def test_workers_take_enqueued_targets(site, redis_db, cli_path, tmp_path):
    outs = [tmp_path / "w1.jsonl", tmp_path / "w2.jsonl"]
    procs = [subprocess.Popen([*cli_path, "worker", "--redis", redis_db, "--idle-timeout", "20", "-O", str(o), *FAST],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for o in outs]
    time.sleep(1.5)
    q = subprocess.run([*cli_path, "enqueue", site.url("/sitemap.xml"), "--redis", redis_db],
                       capture_output=True, text=True)
    assert q.returncode == 0 and "queued 1" in q.stdout
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    a, b = read(outs[0]), read(outs[1])
    assert sorted(a + b) == sorted(site.paths), [e[-1500:] for e in errs]
    assert a and b


def test_a_worker_crawls_targets_another_worker_took(shared, redis_db, cli_path, tmp_path):
    """The worker that pops a target is not always the one that fetches its sitemap: here worker A
    pops it and dies while the sitemap is in flight, and B, which never saw the target, takes the
    sitemap over. B must follow it on the target's site and with the target's profile (it once found
    every article offsite and wrote nothing, exit 0: the flaky two-worker test)."""
    import redis

    from newsscrape.run.redis import TARGETS_KEY

    m = Mirror().start()
    try:
        paths = many_articles(m, shared, 12)
        m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
        m.slow["/sitemap.xml"] = 4.0                   # A is surely mid-request when it is killed
        q = subprocess.run([*cli_path, "enqueue", m.url("/sitemap.xml"), "--site", "youm7", "--redis", redis_db],
                           capture_output=True, text=True)
        assert q.returncode == 0, q.stderr
        worker = [*cli_path, "worker", "--redis", redis_db, "--idle-timeout", "10", *FAST]
        a = subprocess.Popen([*worker, "-O", str(tmp_path / "a.jsonl")], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(redis_db)
        deadline = time.monotonic() + 60
        while (client.llen(TARGETS_KEY) or not m.hits.get("/sitemap.xml")) and time.monotonic() < deadline:
            time.sleep(0.05)
        a.send_signal(signal.SIGKILL)
        a.wait(timeout=30)
        assert read(tmp_path / "a.jsonl") == []
        b = subprocess.run([*worker, "-O", str(tmp_path / "b.jsonl")], capture_output=True, text=True, timeout=300)
        assert b.returncode == 0, b.stderr[-2000:]
        records = read_records(tmp_path / "b.jsonl")
        assert sorted(record_paths(records)) == sorted(paths), b.stderr[-1500:]
        assert {r["site"] for r in records} == {"youm7"}          # the target's profile, not generic
    finally:
        m.stop()


def test_killed_worker_loses_nothing(site, redis_db, cli_path, tmp_path):
    out_a, out_b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    cmd = [*cli_path, "crawl", site.url("/sitemap.xml"), "--redis", redis_db, *FAST]
    a = subprocess.Popen([*cmd, "-O", str(out_a)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    b = subprocess.Popen([*cmd, "-O", str(out_b)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(read(out_a)) < 30 and time.monotonic() < deadline:
        time.sleep(0.05)
    a.send_signal(signal.SIGKILL)
    a.wait(timeout=30)
    _, err = b.communicate(timeout=300)
    assert b.returncode == 0, err[-2000:]
    got = read(out_a) + read(out_b)
    assert set(got) == set(site.paths)                         # the survivor picked up what A had taken
    assert len(got) == N, f"{len(got) - N} written twice"      # exactly once, as the README promises


def test_records_to_a_redis_list(site, redis_db, cli_path):
    import redis

    few = news_sitemap(site, [(p, None) for p in site.paths[:10]])
    site.add("/ten.xml", few, ctype="application/xml")
    r = subprocess.run([*cli_path, "crawl", site.url("/ten.xml"), "--redis", redis_db, "--redis-output",
                        "newsscrape:articles", *FAST], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    items = [json.loads(x) for x in redis.Redis.from_url(redis_db).lrange("newsscrape:articles", 0, -1)]
    assert len(items) == 10 and all(i["title"] for i in items)
    assert r.stdout == ""


def test_a_retried_request_leaves_nothing_in_flight(redis_db, cli_path, tmp_path):
    """A request retried after a 503 was in flight under its first token: nothing stale may remain
    for a later run to take back and write again."""
    import redis

    m = Mirror().start()
    try:
        answers = iter([503, 200, 200, 200])

        def flaky(handler):
            body = b"<h1>x</h1>" if (status := next(answers, 200)) != 200 else \
                (m.routes["/ok"][2])
            handler.send_response(status)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        from conftest import article

        m.add("/ok", article(title="خبر يعاد طلبه بعد خطأ مؤقت في الخادم"))
        m.custom["/news/2024/05/01/flaky-story-1"] = flaky
        m.add("/s.xml", news_sitemap(m, [("/news/2024/05/01/flaky-story-1", None)]), ctype="application/xml")
        r = subprocess.run([*cli_path, "crawl", m.url("/s.xml"), "--redis", redis_db, "-O", str(tmp_path / "o.jsonl"),
                            *FAST, "-s", "NEWSSCRAPE_BACKOFF_BASE=0.05"], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        assert len(read_records(tmp_path / "o.jsonl")) == 1
        assert redis.Redis.from_url(redis_db).hlen("newsscrape:inflight") == 0
    finally:
        m.stop()


def test_redis_outage_stops_the_crawl_with_one_line(site, cli_path, tmp_path):
    """Redis goes away mid-crawl: a bounded wait, one line, exit 69; every line written is in the state."""
    import redis

    server, port = start_redis(tmp_path)
    client = redis.Redis(port=port)
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([*cli_path, "crawl", site.url("/sitemap.xml"), "--redis", f"redis://127.0.0.1:{port}/0",
                             "-O", str(out), *FAST, "-s", "NEWSSCRAPE_REDIS_OUTAGE=3"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
        time.sleep(0.05)
    state = {k for k in client.hkeys("newsscrape:state")}
    server.kill()
    server.wait()
    started = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 69, err[-2000:]
    assert time.monotonic() - started < 20
    assert "Traceback" not in err and "Redis unreachable" in err
    assert "articles written" in err.strip().splitlines()[-1]
    written = read_records(out)
    assert 5 <= len(written) < N
    assert len(state) >= 5


def test_a_request_is_never_marked_seen_without_being_queued(redis_db):
    """Marking a request seen and queueing it are one step: a worker killed (or a queue write failing)
    between the two once left a request every worker skipped as seen and none had queued."""
    import redis
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from newsscrape.crawl.distributed import Scheduler, redis_settings

    crawler = get_crawler(Spider, settings_dict=redis_settings(redis_db))
    crawler.spider = Spider.from_crawler(crawler, name="article")
    scheduler = Scheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    client = redis.Redis.from_url(redis_db)
    client.set(scheduler.queue.key, b"not a sorted set")          # the queue write fails
    request = Request("http://127.0.0.1:1/a/story")
    assert scheduler.enqueue_request(request) is False
    client.delete(scheduler.queue.key)
    assert scheduler.enqueue_request(Request("http://127.0.0.1:1/a/story")) is True   # not "seen"
    assert scheduler.enqueue_request(Request("http://127.0.0.1:1/a/story")) is False  # now it is
    popped = scheduler.next_request()
    assert popped is not None and popped.url == request.url
    assert client.hlen("newsscrape:inflight") == 1                  # taken and recorded in one step
    scheduler.done(popped.meta)
    assert client.hlen("newsscrape:inflight") == 0


def _scheduler(redis_url: str, heartbeat: float):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from newsscrape.crawl.distributed import Scheduler, redis_settings

    crawler = get_crawler(Spider, settings_dict={**redis_settings(redis_url), "NEWSSCRAPE_REDIS_HEARTBEAT": heartbeat})
    crawler.spider = Spider.from_crawler(crawler, name="article")
    scheduler = Scheduler.from_crawler(crawler)
    scheduler.open(crawler.spider)
    return scheduler


def test_a_worker_busy_longer_than_its_heartbeat_keeps_its_requests(redis_db):
    """A worker beat its heartbeat only when Scrapy asked its scheduler for a request, which Scrapy does
    not do while every download slot (or the item slot) is full: a worker busy for longer than the
    heartbeat's lifetime looked dead, and another took back requests it was still fetching and wrote
    them too (the flaky two-crawler test: one article written by both). A live worker's requests stay
    its own however long it is busy; only a worker that is gone loses them."""
    from scrapy import Request

    busy, other = _scheduler(redis_db, 0.5), _scheduler(redis_db, 0.5)
    try:
        busy.enqueue_request(Request("http://127.0.0.1:1/a/story"))
        assert busy.next_request() is not None           # taken, then a long download: no more asks
        time.sleep(1.6)
        assert other.next_request() is None               # still busy's, not taken back
    finally:
        busy.close("finished")
    time.sleep(1.1)                                       # gone now: the request comes back
    back = other.next_request()
    other.close("finished")
    assert back is not None and back.url == "http://127.0.0.1:1/a/story"


def test_a_worker_counts_its_idle_time_from_its_last_response(redis_db):
    """A worker that crawled requests from the shared queue (without popping a target of its own) once
    kept the time of its first idle, and at its next idle stopped at once instead of waiting
    --idle-timeout: idle time now counts from the worker's last response."""
    from scrapy import signals
    from scrapy.exceptions import DontCloseSpider
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from newsscrape.crawl.spider import ArticleSpider

    crawler = get_crawler(ArticleSpider, {"ADDONS": {"newsscrape.addon.NewsscrapeAddon": 0},
                                          "NEWSSCRAPE_REDIS_URL": redis_db, "NEWSSCRAPE_PROGRESS": False})
    spider = crawler.spider = ArticleSpider.from_crawler(crawler, worker=True, idle_timeout=0.5)
    with pytest.raises(DontCloseSpider):
        spider._idle()                                   # idle: nothing queued, nothing in flight
    time.sleep(0.7)
    url = "http://127.0.0.1:1/news/a"                     # a response to a request from the shared queue
    crawler.signals.send_catch_log(signals.response_received, response=HtmlResponse(url, body=b"<p>x</p>"),
                                   request=Request(url), spider=spider)
    with pytest.raises(DontCloseSpider):
        spider._idle()                                   # busy until just now: it waits again
    time.sleep(0.7)
    spider._idle()                                       # idle for longer than --idle-timeout: it may stop


def test_an_incremental_redis_run_fetches_the_sitemaps_again(site, redis_db, cli_path, tmp_path):
    """Issue 35, item 2: a sitemap index whose child gains stories between runs. The persisted
    dupefilter held the child sitemap, so the second run never fetched it and wrote nothing new; only
    articles are deduplicated across runs, discovery pages are fetched again on every run."""
    from mirror import sitemap_index

    first, later = site.paths[:5], site.paths[5:9]
    site.add("/grow/child.xml", news_sitemap(site, [(p, None) for p in first]), ctype="application/xml")
    site.add("/grow/index.xml", sitemap_index(site, ["/grow/child.xml"]), ctype="application/xml")
    out = tmp_path / "out.jsonl"
    cmd = [*cli_path, "crawl", site.url("/grow/index.xml"), "--redis", redis_db, "-o", str(out), *FAST]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert sorted(read(out)) == sorted(first)
    site.add("/grow/child.xml", news_sitemap(site, [(p, None) for p in first + later]), ctype="application/xml")
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert sorted(read(out)) == sorted(first + later)              # the new ones, each once


def test_a_redis_restart_mid_crawl_loses_nothing(site, cli_path, tmp_path):
    """Issue 35, item 1: Redis restarted (append-only file on) during a crawl. The pages handled while
    it was away were counted as state_unreachable and, marked seen, never fetched again: the rerun wrote
    nothing. A page not written for want of the state goes back on the queue; the run and its rerun
    write every article exactly once. (It also lost one article in about three runs of ten: Redis
    applied a line's row, then closed the connection before answering, and the writer took the line
    back; the row then said "written" for good. The writer now sends the row again until Redis
    answers.)"""
    server, port = start_redis(tmp_path)
    server.terminate()
    server.wait()
    server = redis_server(tmp_path, port, durable=True)
    ping(port)
    out = tmp_path / "o.jsonl"
    cmd = [*cli_path, "crawl", site.url("/sitemap.xml"), "--redis", f"redis://127.0.0.1:{port}/0", "-o", str(out),
           *FAST]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 40):
            time.sleep(0.05)
        server.terminate()                         # a restart: the append-only file keeps what was written
        server.wait()
        time.sleep(8)
        server = redis_server(tmp_path, port, durable=True)
        ping(port)
        _, err = proc.communicate(timeout=240)
        assert proc.returncode in (0, 1), err[-2000:]
        # The outage costs pages (state_unreachable, fetched again by the rerun) or, when the writer's
        # retries carry every row over it, none: either way the two runs write each article once.
        assert "articles written" in err.strip().splitlines()[-1], err[-2000:]
        rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
    finally:
        proc.kill()
        server.terminate()
        server.wait()
    got = read(out)
    assert sorted(got) == sorted(set(got)), "an article written twice"
    assert set(got) == set(site.paths), f"{len(set(site.paths) - set(got))} articles lost; {err[-600:]}"


def test_a_page_the_state_could_not_take_is_fetched_again(site, redis_db, cli_path, tmp_path):
    """The moment the state cannot answer and the moment the page is marked done differ (a Redis that
    restarts in between answers the second): a page dropped as state_unreachable was marked seen and
    done, and no later run fetched it again. Here the state key answers with an error while the rest of
    Redis works, so the two moments are apart for certain."""
    import redis

    client = redis.Redis.from_url(redis_db)
    client.set("newsscrape:state", b"not a hash")                    # every state call fails: WRONGTYPE
    site.add("/ten.xml", news_sitemap(site, [(p, None) for p in site.paths[:10]]), ctype="application/xml")
    out = tmp_path / "o.jsonl"
    cmd = [*cli_path, "crawl", site.url("/ten.xml"), "--redis", redis_db, "-o", str(out), *FAST,
           "-s", "NEWSSCRAPE_REDIS_OUTAGE=2"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert "state_unreachable=" in first.stderr.strip().splitlines()[-1], first.stderr[-2000:]
    client.delete("newsscrape:state")
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert sorted(read(out)) == sorted(site.paths[:10])



def test_workers_keep_their_health_figures_in_redis(site, redis_db, cli_path, tmp_path):
    """Issue 34: a --redis run records its figures per publisher in the shared Redis, and `health
    --redis` reads them (one run so far: shown, not judged)."""
    site.add("/five.xml", news_sitemap(site, [(p, None) for p in site.paths[:5]]), ctype="application/xml")
    r = subprocess.run([*cli_path, "crawl", site.url("/five.xml"), "--redis", redis_db, "-o", str(tmp_path / "o.jsonl"),
                        *FAST], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    h = subprocess.run([*cli_path, "health", "--redis", redis_db, "--json"], capture_output=True, text=True, timeout=60)
    assert h.returncode == 0, h.stdout + h.stderr
    (verdict,) = [json.loads(line) for line in h.stdout.splitlines()]
    assert verdict["now"]["articles"] == 5 and not verdict["judged"]
