"""A crawl over a local server that misbehaves in every way a crawler meets: each case is counted under
its reason in the summary line, the output holds only valid records, and nothing leaves the crawl's hosts."""

from __future__ import annotations

import gzip
import json
import os
import socket
import struct
import subprocess
import time
from urllib.parse import quote

import pytest

from mirror import Mirror, corpus_articles, news_sitemap, section_page


def _redirect(to: str, code: int = 301):
    def answer(h):
        h.send_response(code)
        h.send_header("Location", quote(to, safe="/:?=&%"))
        h.send_header("Content-Length", "0")
        h.end_headers()
    return answer


def _page(h, body: bytes, status=200, headers=()):
    h.send_response(status)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    for k, v in headers:
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


@pytest.fixture(scope="module")
def hostile(shared):
    arts = corpus_articles(shared)
    m = Mirror().start()
    other = Mirror().start()           # a different host: nothing may be fetched from it
    for a in arts:
        m.add(a.path, a.html)
    target = arts[-1]
    m.custom["/r/1"] = _redirect("/r/2")
    m.custom["/r/2"] = _redirect("/r/3", 302)
    m.custom["/r/3"] = _redirect(target.path)
    m.custom["/loop/a"] = _redirect("/loop/b")
    m.custom["/loop/b"] = _redirect("/loop/a")
    for hop in range(1, 31):                                   # past Scrapy's 20 redirects, never a loop
        m.custom[f"/hop/{hop}"] = _redirect(f"/hop/{hop + 1}", 302)
    m.custom["/away"] = _redirect(f"http://localhost:{other.server.server_address[1]}/elsewhere")
    calls = {"busy": []}

    def busy(h):
        calls["busy"].append(time.monotonic())
        if len(calls["busy"]) == 1:
            _page(h, b"", status=429, headers=[("Retry-After", "1")])
        else:
            _page(h, arts[1].html)
    m.custom["/busy"] = busy
    m.add("/gone", "<h1>gone</h1>", status=410)
    m.add("/unavailable", "<h1>busy</h1>", status=503)

    def reset(h):
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        os.close(h.connection.detach())
        h.close_connection = True
    m.custom["/reset"] = reset

    def liar(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"<html><body><p>short</p>")
        h.wfile.flush()
        h.connection.shutdown(socket.SHUT_RDWR)
        h.close_connection = True
    m.custom["/liar"] = liar
    bomb = gzip.compress(b"<html><body>" + b" " * (60 * 1024 * 1024))
    m.custom["/bomb"] = lambda h: _page(h, bomb, headers=[("Content-Encoding", "gzip")])
    m.add("/huge", b"<html><body><p>" + "كلمة ".encode() * 200 + b"</p>" + b"x" * (50 * 1024 * 1024))
    m.add("/empty", b"")
    m.add("/blank", b"   \n\t  ")
    m.add("/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(5000))
    m.add("/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00" + bytes(3000))
    m.add("/truncated", arts[2].html[: len(arts[2].html) // 2].rsplit(b"<", 1)[0] + b"<div cla")
    m.add("/video", "<html><body><h1>فيديو اليوم</h1><video src='a.mp4'></video></body></html>")
    m.add("/consent", "<html><body><div class='consent'><h1>نحن نحترم خصوصيتك</h1><p>يرجى قبول ملفات تعريف "
                      "الارتباط للمتابعة.</p><button>موافق</button></div></body></html>")
    m.add("/tag/gaza", section_page([(a.path, a.title) for a in arts], None))
    m.add("/slow", "<h1>late</h1>")
    m.slow["/slow"] = 3
    m.add("/listing", section_page([(arts[0].path, arts[0].title), ("file:///etc/passwd", "ملف"),
                                    ("data:text/html,<h1>x</h1>", "بيانات"), ("javascript:alert(1)", "سكربت"),
                                    (other.url("/story/2024/1/1/offsite-story-12345"), "خبر خارجي")], None))
    cases = ["/r/1", "/loop/a", "/hop/1",
             "/away", "/busy", "/gone", "/unavailable", "/reset", "/liar", "/bomb", "/huge",
             "/empty", "/blank", "/png", "/pdf", "/truncated", "/video", "/consent", "/slow", "/missing", "/tag/gaza"]
    m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in cases]), ctype="application/xml")
    m.expected = {"redirected": target.path, "busy": "/busy", "truncated": "/truncated",
                  "listed": arts[0].path}
    m.other = other
    m.calls = calls
    yield m
    m.stop()
    other.stop()


def test_every_case_counted_under_its_reason(hostile, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    r = subprocess.run([*cli_path, "crawl", hostile.url("/sitemap.xml"), hostile.url("/listing"), "-O", str(out),
                        "--delay", "0", "-s", "DOWNLOAD_TIMEOUT=2", "-s", "NEWSSCRAPE_BACKOFF_BASE=0.05"],
                       capture_output=True, text=True, timeout=300)
    summary = r.stderr.splitlines()[-1]
    # stderr: the summary and at most one short line per failed page (Scrapy's size warnings said the
    # same page's failure again, and warned of pages that were fetched)
    assert "max size" not in r.stderr and "warn size" not in r.stderr, r.stderr
    expected = ["http_404=1", "http_410=1", "http_503=1", "timeout=1", "connection_lost=1", "data_loss=1",
                "too_large=2", "redirect_loop=1", "too_many_redirects=1", "offsite=1", "empty=2", "binary=2",
                "no_article_text=3"]                     # video-only, consent interstitial, tag page
    for reason in expected:
        assert reason in summary, (reason, summary)
    assert r.returncode == 1                                    # done, with page errors
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paths = {rec["url"].split(str(hostile.server.server_address[1]), 1)[1] for rec in written}
    assert quote(hostile.expected["redirected"], safe="/:?=&%") in paths          # 301 -> 302 -> 301 chain
    assert any(p == quote(hostile.expected["busy"], safe="/:?=&%") for p in paths)  # 429, then served
    first, second = hostile.calls["busy"][:2]
    assert second - first >= 0.9                                # Retry-After: 1 was honoured
    assert "/truncated" in paths                                # truncated HTML still yields its text
    assert len(written) == 4
    check = subprocess.run([*cli_path, "validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and "4 valid, 0 invalid" in check.stdout
    assert hostile.other.hits == {}                             # nothing fetched off the crawl's host
    assert hostile.hits.get("/unavailable") == 3                # retried twice, then counted


def test_validate_reports_invalid_lines(cli_path, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": ""}\nnot json\n', encoding="utf-8")
    r = subprocess.run([*cli_path, "validate", str(bad)], capture_output=True, text=True)
    assert r.returncode == 1
    assert "0 valid, 2 invalid" in r.stdout and "line 2: not JSON" in r.stderr
