"""The crawl contract, end to end against loopback servers: every article exactly once across runs,
nothing silently lost, output failures and closed pipes stop the run with a status, stderr stays the
summary plus short lines, bad input is one line and exit 2.

Each test names the item of the contract it shows (numbers as in the issue that asked for them)."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pytest

from conftest import FAST, PARA, article, page
from mirror import Mirror, news_sitemap, read_records, record_paths, section_page, sitemap_index


def _story(i: int, canonical: str | None = None) -> str:
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    title = f"خبر رقم {i} عن المحادثات بين الوفدين في العاصمة"
    return article(title=title, head=head)


def _serve(m: Mirror, n: int, prefix: str = "/news") -> list[str]:
    paths = []
    for i in range(n):
        path = f"{prefix}/2024/05/{i % 28 + 1}/story-{i}"
        m.add(path, _story(i, m.url(path)))
        paths.append(path)
    return paths


def _summary(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.startswith("newsscrape: ") and "fetched" in line][-1]


def _state_urls(state: Path) -> set[str]:
    db = sqlite3.connect(state)
    try:
        return {row[0] for row in db.execute("SELECT DISTINCT article FROM articles")}
    finally:
        db.close()


@pytest.fixture()
def mirror():
    m = Mirror().start()
    yield m
    m.stop()


def run(cli_path, *args, timeout=120, **kw):
    return subprocess.run([*cli_path, *args], capture_output=True, text=True, timeout=timeout, **kw)


# 1 -------------------------------------------------------------------------------------------------
def test_1_an_article_reached_through_another_address_is_not_written_again(mirror, cli_path, tmp_path):
    main = _serve(mirror, 3)
    for i, path in enumerate(main):                    # the mobile copy declares the main page canonical
        mirror.add("/m" + path, _story(i, mirror.url(path)))
    mirror.add("/a.xml", news_sitemap(mirror, [(p, None) for p in main]), ctype="application/xml")
    mirror.add("/b.xml", news_sitemap(mirror, [("/m" + p, None) for p in main]), ctype="application/xml")
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    first = run(cli_path, "crawl", mirror.url("/a.xml"), "-o", str(out), "--state", str(state), *FAST)
    second = run(cli_path, "crawl", mirror.url("/b.xml"), "-o", str(out), "--state", str(state), *FAST)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert sorted(record_paths(read_records(out))) == sorted(main)
    assert "seen_before=3" in _summary(second.stderr)


# 2 -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("max_pages, written", [(8, 160), (5, 100)])
def test_2_listing_pages_are_never_cut_by_depth(mirror, cli_path, tmp_path, max_pages, written):
    paths = _serve(mirror, 160)
    for k in range(8):
        links = [(p, f"خبر رقم {20 * k + j} عن المحادثات") for j, p in enumerate(paths[20 * k:20 * k + 20])]
        mirror.add(f"/section?page={k + 1}", section_page(links, f"/section?page={k + 2}" if k < 7 else None))
    out = tmp_path / "out.jsonl"
    r = run(cli_path, "crawl", mirror.url("/section?page=1"), "--max-pages", str(max_pages), "-O", str(out),
            *FAST, "--concurrency", "16")
    assert r.returncode == 0, r.stderr
    assert len(read_records(out)) == written
    if written < 160:
        assert "listing_pages_beyond_max_pages=1" in _summary(r.stderr)      # the cut is counted


# 3 -------------------------------------------------------------------------------------------------
def test_3_overwrite_with_a_state_is_refused(mirror, cli_path, tmp_path):
    r = run(cli_path, "crawl", mirror.url("/x.xml"), "-O", str(tmp_path / "o.jsonl"), "--state",
            str(tmp_path / "s.sqlite"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) <= 2 and "-O" in r.stderr
    assert "Traceback" not in r.stderr


# 4 -------------------------------------------------------------------------------------------------
def test_4_a_full_file_stops_the_run_and_the_next_run_completes_it(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 30)
    mirror.add("/s.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    cmd = ["crawl", mirror.url("/s.xml"), "-o", str(out), "--state", str(state), *FAST, "--concurrency", "1"]

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))   # like a disk that fills up

    limited = subprocess.run([*cli_path, *cmd], capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    assert limited.returncode == 74, limited.stderr
    assert "cannot write to" in limited.stderr and "Traceback" not in limited.stderr
    assert "write_failed=1" in _summary(limited.stderr)
    data = out.read_bytes()
    whole = data[:data.rfind(b"\n") + 1]
    in_file = {json.loads(line)["canonical_url"] for line in whole.splitlines()}
    assert len(in_file) < 30            # the output or the state (stories grow it too), whichever fills first
    assert {urlsplit(u).path for u in in_file} == {urlsplit(k).path for k in _state_urls(state)}  # state == file
    again = run(cli_path, *cmd)
    assert again.returncode == 0, again.stderr
    assert sorted(record_paths(read_records(out))) == sorted(paths)      # completed, each once


def test_4_output_that_cannot_be_opened_is_one_line(cli_path, tmp_path):
    r = run(cli_path, "crawl", "http://127.0.0.1:9/x.xml", "-o", str(tmp_path))
    assert r.returncode == 2 and "is a directory" in r.stderr and "Traceback" not in r.stderr


# 5 -------------------------------------------------------------------------------------------------
def test_5_resume_with_a_state_writes_nothing_twice(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 12)
    mirror.add("/s.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    out, state, job = tmp_path / "out.jsonl", tmp_path / "state.sqlite", tmp_path / "job"
    cmd = ["crawl", mirror.url("/s.xml"), "-o", str(out), "--state", str(state), "--resume", str(job), *FAST]
    first, second = run(cli_path, *cmd), run(cli_path, *cmd)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "AttributeError" not in first.stderr + second.stderr
    assert sorted(record_paths(read_records(out))) == sorted(paths)


# 6 -------------------------------------------------------------------------------------------------
def test_6_the_lock_follows_the_file_not_the_path(cli_path, tmp_path):
    from newsscrape.run.state import RunLock

    state = tmp_path / "state.sqlite"
    state.touch()
    link = tmp_path / "link.sqlite"
    link.symlink_to(state)
    lock = RunLock(state)
    lock.acquire()
    try:
        r = run(cli_path, "crawl", "http://127.0.0.1:9/x.xml", "-o", str(tmp_path / "o.jsonl"), "--state", str(link))
    finally:
        lock.release()
    assert r.returncode == 75, r.stderr


# 8 -------------------------------------------------------------------------------------------------
def test_8_limit_takes_the_newest_entries_of_a_feed(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 10)
    now = datetime.now(UTC)
    items = "".join(f"<item><title>t{i}</title><link>{escape(mirror.url(p))}</link>"
                    f"<pubDate>{format_datetime(now - timedelta(hours=i))}</pubDate></item>"
                    for i, p in enumerate(paths))                        # newest first, as feeds are
    mirror.add("/rss", f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>',
               ctype="application/rss+xml")
    out = tmp_path / "out.jsonl"
    r = run(cli_path, "crawl", mirror.url("/rss"), "--limit", "3", "-O", str(out), *FAST)
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(out))) == sorted(paths[:3])


# 9 -------------------------------------------------------------------------------------------------
def test_9_a_closed_pipe_stops_the_crawl_at_once(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 300)
    for p in paths:
        mirror.slow[p] = 0.05
    mirror.add("/s.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    state = tmp_path / "state.sqlite"
    proc = subprocess.Popen([*cli_path, "crawl", mirror.url("/s.xml"), "--state", str(state), *FAST],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()                                                  # `| head -1`
    started = time.monotonic()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["title"]
    assert proc.returncode == 141, err
    assert time.monotonic() - started < 15
    assert "Traceback" not in err and len(err) < 2000
    assert len(_state_urls(state)) < len(paths)                          # only what reached the pipe


def test_9_extract_stops_at_a_closed_pipe(cli_path, tmp_path):
    pages = []
    for i in range(60):
        pages.append(tmp_path / f"p{i}.html")
        pages[-1].write_text(article(title=f"الوزير يعلن تقدما في المحادثات رقم {i}"), encoding="utf-8")
    proc = subprocess.Popen([*cli_path, "extract", *map(str, pages), "--site", "generic"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()                                                  # `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["title"]
    assert proc.returncode == 141, err
    assert err == ""                                                     # no line per input after it


@pytest.mark.parametrize("argv", [["extract", "{page}", "-o", "/dev/full"], ["extract", "{page}", "{page}"],
                                  ["segment", "{text}"]], ids=["extract -o", "extract >", "segment >"])
def test_4_a_full_output_is_one_line_and_exit_74(cli_path, tmp_path, argv):
    page, text = tmp_path / "page.html", tmp_path / "dump.txt"
    page.write_text(article(), encoding="utf-8")
    text.write_text("\n\n".join(PARA), encoding="utf-8")
    with open("/dev/full", "w") as full:
        r = subprocess.run([*cli_path, *(a.format(page=page, text=text) for a in argv)], stdout=full,
                           stderr=subprocess.PIPE, text=True, timeout=60)
    assert r.returncode == 74, r.stderr
    assert r.stderr.splitlines() == ["newsscrape: cannot write to " + ("/dev/full" if "-o" in argv
                                     else "standard output") + ": No space left on device"]


# 10 ------------------------------------------------------------------------------------------------
def test_10_default_stderr_is_the_summary_and_short_lines(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 6)
    mirror.add(paths[0] + "?utm_source=x", _story(0, mirror.url(paths[0])))

    def reset(handler):                                                  # robots.txt: connection dropped
        handler.close_connection = True
        handler.wfile.write(b"garbage\r\n")

    mirror.custom["/robots.txt"] = reset
    mirror.add("/broken", "<h1>error</h1>", status=500)
    listed = [(p, None) for p in paths] + [(paths[0] + "?utm_source=x", None), ("/gone", None), ("/broken", None)]
    mirror.add("/s.xml", news_sitemap(mirror, listed), ctype="application/xml")
    r = run(cli_path, "crawl", mirror.url("/s.xml"), "--limit", "4", "-O", str(tmp_path / "o.jsonl"), *FAST)
    lines = r.stderr.strip().splitlines()
    assert r.stderr.count("{") == 0 and "Traceback" not in r.stderr and "Gave up retrying" not in r.stderr
    assert all(len(line) < 300 for line in lines), lines
    assert len(lines) <= 6, lines                                        # summary + a line per failed page


def test_10_info_names_each_skipped_page_and_the_summary_stays_last(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 3)
    mirror.add("/about-us", page("<main><h1>من نحن</h1><p>صفحة قصيرة عن الموقع.</p></main>"))
    listed = [(p, None) for p in paths] + [("/about-us", None)]
    mirror.add("/s.xml", news_sitemap(mirror, listed), ctype="application/xml")
    r = run(cli_path, "crawl", mirror.url("/s.xml"), "-O", str(tmp_path / "o.jsonl"), "--log-level", "info", *FAST)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines[-1] == _summary(r.stderr)                               # after Scrapy's stats dump
    skipped = [line for line in lines if "skipped http" in line]
    assert any("/about-us: " in line for line in skipped), lines
    counted = _summary(r.stderr).split("skipped: ", 1)[1].split(";", 1)[0]
    assert len(skipped) == sum(int(kv.split("=")[1]) for kv in counted.split()), (skipped, counted)


def test_10_on_a_terminal_progress_and_log_lines_never_share_a_line(mirror, cli_path, tmp_path):
    import pty

    paths = _serve(mirror, 8)
    for p in paths:
        mirror.slow[p] = 0.3
    listed = [(p, None) for p in paths[:4]] + [("/gone-1", None)] + [(p, None) for p in paths[4:]]
    mirror.add("/s.xml", news_sitemap(mirror, listed), ctype="application/xml")
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*cli_path, "crawl", mirror.url("/s.xml"), "-O", str(tmp_path / "o.jsonl"), *FAST,
                             "--concurrency", "1"], stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:                                                  # EIO: the other side closed
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(leader)
    drawn = seen.replace(b"\r\n", b"\n").replace(b"\x1b[K", b"")           # the terminal's newline mode
    shown = [line.rsplit(b"\r", 1)[-1] for line in drawn.split(b"\n")]          # what each line shows
    warning = [line for line in shown if b"/gone-1: http_404" in line]
    assert b"pages/s" in seen and len(warning) == 1, seen
    assert b"pages/s" not in warning[0], warning


def test_13_counts_mean_what_they_say(mirror, cli_path, tmp_path):
    """A first run has seen nothing before (an article listed twice is a duplicate), seen_before
    counts each article once, and prune counts articles, not the address rows each one has."""
    paths = []
    for i in range(6):
        path = f"/news/2024/05/0{i + 1}/story-{i}"
        mirror.add(path, _story(i, mirror.url(f"/canonical/story-{i}")))     # two addresses per article
        paths.append(path)
    mirror.add("/a.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    mirror.add("/b.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    mirror.slow["/b.xml"] = 2.0                                          # read once a.xml's articles are written
    mirror.add("/index.xml", sitemap_index(mirror, ["/a.xml", "/b.xml"]), ctype="application/xml")
    out, state = tmp_path / "o.jsonl", tmp_path / "s.sqlite"
    cmd = ["crawl", mirror.url("/index.xml"), "-o", str(out), "--state", str(state), *FAST]
    first = run(cli_path, *cmd)
    assert first.returncode == 0, first.stderr
    assert "seen_before" not in _summary(first.stderr) and "duplicate=6" in _summary(first.stderr), first.stderr
    second = run(cli_path, *cmd)
    assert "seen_before=6" in _summary(second.stderr) and "duplicate=6" in _summary(second.stderr), second.stderr
    assert "0 articles written" in _summary(second.stderr)
    pruned = run(cli_path, "state", "prune", "--older-than", "0m", "--state", str(state))
    assert pruned.stdout.strip() == "pruned 6 articles", pruned.stdout


# 11 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("twice", [False, True])
def test_11_ctrl_c_says_so_stops_soon_and_writes_the_summary(mirror, cli_path, tmp_path, twice):
    paths = _serve(mirror, 200)
    for p in paths[3:]:
        mirror.slow[p] = 8                                               # requests in flight for long
    mirror.add("/s.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([*cli_path, "crawl", mirror.url("/s.xml"), "-o", str(out), *FAST,
                             "-s", "DOWNLOAD_TIMEOUT=30"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 3):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    started = time.monotonic()
    if twice:
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - started < 6, err
    assert proc.returncode == 130
    assert "stopping" in err and "articles written" in err.strip().splitlines()[-1]
    assert "Traceback" not in err


# 12 ------------------------------------------------------------------------------------------------
def test_12_no_cookie_jar(mirror, cli_path, tmp_path):
    paths = _serve(mirror, 20)
    seen_cookies = []
    for p in paths:
        body = _story(0).encode()

        def answer(handler, body=body):
            seen_cookies.append(handler.headers.get("Cookie"))
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Set-Cookie", f"big{len(seen_cookies)}={'x' * 3000}; Path=/")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)

        mirror.custom[p] = answer
    mirror.add("/s.xml", news_sitemap(mirror, [(p, None) for p in paths]), ctype="application/xml")
    r = run(cli_path, "crawl", mirror.url("/s.xml"), "-O", str(tmp_path / "o.jsonl"), *FAST, "--concurrency", "1")
    assert r.returncode == 0, r.stderr
    assert len(seen_cookies) == 20 and not any(seen_cookies)


# 13 ------------------------------------------------------------------------------------------------
def test_13_partial_line_repair_reads_from_the_end(tmp_path):
    import tracemalloc

    from newsscrape.run.output import repair_partial_line

    path = tmp_path / "big.jsonl"
    line = (json.dumps({"title": "x" * 200}) + "\n").encode()
    with open(path, "wb") as f:
        for _ in range(100_000):                                         # ~21 MB of whole lines
            f.write(line)
        f.write(b'{"title": "cut off')
    size = path.stat().st_size
    tracemalloc.start()
    repair_partial_line(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert path.stat().st_size == size - len(b'{"title": "cut off')
    assert path.read_bytes().endswith(b"}\n")
    assert peak < 2_000_000


# bad input ---------------------------------------------------------------------------------------
BAD = [
    ["crawl", "U", "-o", "{tmp}"],
    ["extract", "{page}", "-o", "{tmp}"],
    ["segment", "{text}", "-o", "{tmp}"],
    ["crawl", "U", "--state", "{tmp}"],
    ["crawl", "U", "--state", "{corrupt}"],
    ["state", "show", "--state", "{corrupt}"],
    ["state", "show", "--state", "{tmp}"],
    ["crawl", "U", "--since", "99999999d"],
    ["state", "prune", "--older-than", "99999999999w", "--state", "{db}"],
    ["crawl", "U", "-s", "CONCURRENT_REQUESTS=abc"],
    ["crawl", "U", "-s", "DOWNLOAD_DELAY=abc"],
    ["crawl", "U", "-s", "DOWNLOAD_TIMEOUT=-1"],
    ["crawl", "U", "--delay", "inf"],
    ["crawl", "U", "--delay", "nan"],
    ["crawl", "U", "--log-file", "{tmp}/missing/log.txt"],
    ["crawl", "U", "--resume", "{page}"],
    ["crawl", "U", "--redis", "notaurl"],
    ["crawl", "U", "--redis", "redis://127.0.0.1:1/0"],
    ["crawl", "http://127.0.0.1:99999/x.xml"],
    ["crawl", "U", "--cache", "/proc/newsscrape-cache"],
    ["crawl", "U", "-o", "{tmp}/a.jsonl", "-O", "{tmp}/b.jsonl"],
    ["crawl", "U", "-O", "{tmp}/b.jsonl", "--resume", "{tmp}/job"],
    ["crawl", "U", "--since", "2024-05-02", "--until", "2024-05-01"],
    ["crawl", "U", "-s", "=1"],
]


@pytest.mark.parametrize("args", BAD, ids=[" ".join(a) for a in BAD])
def test_bad_input_is_one_line_and_exit_2(cli_path, tmp_path, args):
    page = tmp_path / "page.html"
    page.write_text(article(), encoding="utf-8")
    text = tmp_path / "dump.txt"
    text.write_text("\n\n".join(PARA), encoding="utf-8")
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database" * 100)
    db = tmp_path / "db.sqlite"
    sqlite3.connect(db).close()
    values = {"tmp": str(tmp_path), "page": str(page), "text": str(text), "corrupt": str(corrupt), "db": str(db)}
    argv = [a.format(**values) if a != "U" else "http://127.0.0.1:9/x.xml" for a in args]
    r = run(cli_path, *argv, timeout=60, env={**os.environ, "NEWSSCRAPE_REDIS_URL": ""})
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    assert len([line for line in r.stderr.splitlines() if line.strip()]) <= 3, r.stderr


@pytest.mark.parametrize(("target", "says"), [
    ("example.com", "'example.com' has no scheme: did you mean https://example.com"),
    ("www.example.com.eg/news/1", "did you mean https://www.example.com.eg/news/1"),
    ("htp://example.com", "unsupported scheme in 'htp://example.com'"),
    ("ftp://example.com/feed", "unsupported scheme"),
    ("youm77", "did you mean youm7?"),
    ("aljazera", "did you mean aljazeera"),
    ("nosuchpublisherhere", "not a publisher slug, 'all' or an http(s) URL"),
])
def test_a_mistyped_target_says_what_is_wrong(cli_path, target, says):
    r = run(cli_path, "crawl", target, timeout=60)
    assert r.returncode == 2 and says in r.stderr, r.stderr
    assert len(r.stderr) < 300 and "elbaladtv" not in r.stderr                    # no list of every slug


def test_an_unreachable_host_is_named_with_what_it_means(cli_path, tmp_path):
    import socket

    from newsscrape.reasons import explain

    assert explain("dns", "https://www.youm7.com/rss") == \
        "dns (host www.youm7.com could not be resolved: offline, or a typo in the address?)"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                                       # closed once the block ends
    r = run(cli_path, "crawl", f"http://127.0.0.1:{port}/feed", "-O", str(tmp_path / "o.jsonl"), *FAST,
            "-s", "RETRY_TIMES=0", timeout=60)
    assert r.returncode == 3, r.stderr
    lines = r.stderr.strip().splitlines()
    assert any(f"http://127.0.0.1:{port}/robots.txt unreachable (connection refused)" in x for x in lines), lines
    assert any("/feed: connection_refused (nothing listens at 127.0.0.1 on that port)" in x for x in lines), lines


HOMEPAGE = page('<header><nav><a href="/">الرئيسية</a><a href="/sport">رياضة</a></nav></header><main>'
               '<h2>آخر الأخبار</h2><ul><li><a href="/a/1">الحكومة تعلن خطة جديدة لدعم الصناعة المحلية</a></li>'
               '<li><a href="/a/2">ارتفاع أسعار النفط في الأسواق العالمية اليوم</a></li></ul></main>'
               '<footer><p>جميع الحقوق محفوظة</p></footer>', head="<title>الموقع - الرئيسية</title>")


@pytest.mark.parametrize("which", ["hand-made", "youm7 2018"])
def test_extract_force_writes_the_text_of_a_homepage(cli_path, tmp_path, shared, which):
    if which == "hand-made":
        home = tmp_path / "home.html"
        home.write_text(HOMEPAGE, encoding="utf-8")
    else:
        home = shared / "corpus" / "listings" / "youm7" / "homepage-2018.html"
    refused = run(cli_path, "extract", str(home), "--url", "https://www.example.com/")
    assert refused.returncode == 1 and "no_article_text" in refused.stderr
    forced = run(cli_path, "extract", str(home), "--url", "https://www.example.com/", "--force")
    assert forced.returncode == 0, forced.stderr
    rec = json.loads(forced.stdout)
    assert rec["extractor"] == "page-text" and len(rec["paragraphs"]) >= 2
    if which == "hand-made":
        assert "الحكومة تعلن خطة جديدة لدعم الصناعة المحلية" in rec["paragraphs"]
        assert not {"الرئيسية", "جميع الحقوق محفوظة"} & set(rec["paragraphs"])        # no furniture


def test_extract_url_has_a_total_time_limit(mirror, cli_path):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(60):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.5)

    mirror.custom["/slow"] = trickle
    started = time.monotonic()
    r = run(cli_path, "extract", mirror.url("/slow"), "--timeout", "2", timeout=60)
    assert r.returncode == 1 and "timed out" in r.stderr
    assert time.monotonic() - started < 10
    _ = Path
