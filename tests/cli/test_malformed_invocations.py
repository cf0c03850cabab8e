"""Malformed invocations, table-driven (issue 32): each is one line on stderr, no traceback, and the status
the README's exit table gives it (2 usage, 1 an input that failed, 3 nothing could be read, 74 output).
None of them reaches the network: every check runs before a crawl starts."""

from __future__ import annotations

import gzip
import shlex
import sqlite3
import subprocess

import pytest

from conftest import PARA, page

USAGE, FAILED, NOTHING, OUTPUT = 2, 1, 3, 74
DEAD = "http://127.0.0.1:9/x"          # never contacted: each case fails its checks first
NO_REDIS = "redis://127.0.0.1:1/0"

# (arguments, status); {tmp} is the case's folder, which holds the files made by ``_files``.
CASES = [
    ("nosuchcommand", USAGE), ("crawl", USAGE), ("crawl nosuchsite", USAGE), ("crawl ftp://example.com/x", USAGE),
    ("crawl http://", USAGE),
    *[(f"crawl {DEAD} {opt}", USAGE) for opt in (
        "--limit -1", "--limit abc", "--since yesterdayish", "--since 5q", "--until nope", "--concurrency 0",
        "--delay -1", "--delay nan", "--delay inf", "--max-pages 0", "--processes 999", "--processes -2",
        "--log-level LOUD", "--log-file {tmp}/no/such/dir/log.txt", "--log-file {tmp}/adir", "--log-file ''",
        "-o {tmp}/adir", "-o {tmp}/no/such/dir/out.jsonl", "-o ''", "-O ''", "-o {tmp}/a.jsonl -O {tmp}/b.jsonl",
        "--state ''", "--state {tmp}/adir", "--state {tmp}/no/such/dir/s.sqlite", "--state {tmp}/bin.dat",
        "--state {tmp}/other.sqlite", "--state {tmp}/s.sqlite -O {tmp}/out.jsonl", "--changed",
        "--resume {tmp}/bin.dat", "--redis-output k", "--redis notredis://x", "--redis redis://127.0.0.1:99999/0",
        f"--redis {NO_REDIS}", "--site all", "--site nosuchzz", "-s", "-s NOEQUALS", "-s =x",
        "-s COOKIES_ENABLED=maybe", "-s ROBOTSTXT_OBEY=perhaps", "-s AUTOTHROTTLE_ENABLED=2", "-s LOG_LEVEL=garbage",
        "-s NEWSSCRAPE_PROCESSES=abc", "-s NEWSSCRAPE_LIMIT=-3", "-s DOWNLOAD_DELAY=soon", "-s DOWNLOAD_TIMEOUT=0",
        "-s CONCURRENT_REQUESTS=-1", "-s ITEM_PIPELINES=notjson", "-s ITEM_PIPELINES=[1,2]",
        "-s RETRY_HTTP_CODES=500", "-s NEWSSCRAPE_OUTPUT_MODE=x", "-s NEWSSCRAPE_REDIS_OUTAGE=long",
        "--cache {tmp}/bin.dat/sub")],
    (f"crawl {DEAD} >&-", OUTPUT),
    ("worker", USAGE), ("worker --redis notredis://x", USAGE), ("enqueue", USAGE), (f"enqueue {DEAD}", USAGE),
    (f"enqueue nosuchsite --redis {NO_REDIS}", USAGE), (f"enqueue {DEAD} --redis {NO_REDIS}", USAGE),
    ("extract", USAGE), ("extract {tmp}/nosuchfile.html", USAGE), ("extract {tmp}/adir", USAGE),
    ("extract {tmp}/article.html --url notaurl", USAGE), ("extract {tmp}/article.html --url ftp://x/y", USAGE),
    ("extract {tmp}/article.html --site nosuchzz", USAGE), ("extract {tmp}/article.html --timeout 0", USAGE),
    ("extract {tmp}/article.html -o {tmp}/adir", USAGE), ("extract {tmp}/article.html -o ''", USAGE),
    ("extract {tmp}/article.html -o /proc/version", OUTPUT), ("extract {tmp}/article.html >&-", OUTPUT),
    ("extract ftp://example.com/x", USAGE), ("extract http://", USAGE), ("extract {tmp}/empty.txt", FAILED),
    ("extract {tmp}/bin.dat", FAILED),
    ("warc", USAGE), ("warc {tmp}/nosuch.warc.gz", USAGE), ("warc {tmp}/adir", USAGE),
    ("warc --cc-news 2024-13", USAGE),
    ("warc --cc-news 24-05", USAGE), ("warc --cc-news may", USAGE), ("warc {tmp}/x.warc --processes -1", USAGE),
    ("warc {tmp}/bin.dat --state ''", USAGE), ("warc {tmp}/bin.dat -o ''", USAGE),
    ("warc {tmp}/bin.dat --since nope", USAGE), ("warc {tmp}/bin.dat --limit -2", USAGE),
    ("warc --cc-news 2024-05 --cc-base {tmp}/nothing-here", NOTHING),
    ("segment", USAGE), ("segment {tmp}/nosuch.txt", USAGE), ("segment {tmp}/adir", USAGE),
    ("segment {tmp}/empty.txt", FAILED), ("segment {tmp}/article.html", USAGE), ("segment {tmp}/bin.dat", FAILED),
    ("segment {tmp}/bad.jsonl -o ''", USAGE),
    ("validate", USAGE), ("validate {tmp}/nosuch.jsonl", USAGE), ("validate {tmp}/adir", USAGE),
    ("validate {tmp}/bin.dat", USAGE), ("validate {tmp}/g.jsonl.gz", USAGE), ("validate {tmp}/cp.jsonl", USAGE),
    ("validate {tmp}/bad.jsonl", FAILED),
    ("state show --state {tmp}/nosuch.sqlite", USAGE), ("state show --state {tmp}/other.sqlite", USAGE),
    ("state show --state {tmp}/bin.dat", USAGE), ("state show --state {tmp}/adir", USAGE),
    ("state show --state ''", USAGE), ("state prune --state {tmp}/nosuch.sqlite --older-than 3d", USAGE),
    ("state prune --older-than nope --state {tmp}/other.sqlite", USAGE),
    ("state prune --state {tmp}/other.sqlite", USAGE),
    ("state forget --state {tmp}/nosuch.sqlite https://x.org/a", USAGE),
    ("state nosuchsub", USAGE), ("sites --nosuchflag", USAGE),
]


def _files(tmp) -> None:
    (tmp / "adir").mkdir()
    (tmp / "bin.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (tmp / "g.jsonl.gz").write_bytes(gzip.compress(b'{"a": 1}\n'))
    (tmp / "cp.jsonl").write_bytes('{"title": "الخبر"}\n'.encode("cp1256"))
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "bad.jsonl").write_text("not json\n")
    (tmp / "x.warc").write_bytes(b"")
    db = sqlite3.connect(tmp / "other.sqlite")
    db.execute("CREATE TABLE invoices (id INTEGER)")
    db.commit()
    db.close()
    body = "".join(f"<p>{p}</p>" for p in PARA * 2)
    (tmp / "article.html").write_text(page(f"<article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{body}</article>",
                                           head='<meta property="og:type" content="article">'), encoding="utf-8")


def test_the_table_is_large_enough():
    assert len(CASES) >= 80


@pytest.mark.parametrize("args, status", CASES, ids=[c[0] for c in CASES])
def test_a_malformed_invocation_is_one_line_and_its_status(args, status, cli_path, tmp_path):
    _files(tmp_path)
    command = " ".join(shlex.quote(p) for p in cli_path) + " " + args.replace("{tmp}", str(tmp_path))
    r = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                       cwd=tmp_path)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert r.returncode == status, r.stderr
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
