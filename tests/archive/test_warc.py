"""Web archives: WARCs built here at test time from the corpus pages (never committed), read from a
file, streamed from a loopback server, and as a CC-NEWS month on a loopback copy of its layout."""

from __future__ import annotations

import gzip
import io
import json
import signal
import subprocess
import time

import pytest

from conftest import article, page
from mirror import Mirror, build_warc, read_records, trickle, warc_record


def test_exactly_the_arabic_articles_as_extract_gives_them(arts, cli_path, tmp_path):
    warc = tmp_path / "a.warc.gz"
    written = build_warc(warc, arts)
    out = tmp_path / "out.jsonl"
    r = subprocess.run([*cli_path, "warc", str(warc), "-O", str(out), "--processes", "2"], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    records = {rec["url"]: rec for rec in read_records(out)}
    assert set(records) == {url for url, _ in written}                   # no English page, image, 404, homepage
    summary = r.stderr.strip().splitlines()[-1]
    assert "corrupt_gzip=1" in summary and "no_http_headers=1" in summary and "Traceback" not in r.stderr
    for url, html in written:                                            # same fields as `extract` on the bytes
        saved = tmp_path / "page.html"
        saved.write_bytes(html)
        e = subprocess.run([*cli_path, "extract", str(saved), "--url", url], capture_output=True, text=True)
        mine = json.loads(e.stdout)
        for key in ("title", "paragraphs", "source", "related", "published", "authors"):
            assert records[url][key] == mine[key], (url, key)
        assert records[url]["fetched_at"]
    valid = subprocess.run([*cli_path, "validate", str(out)], capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout


def test_truncated_archive_is_counted(arts, cli_path, tmp_path):
    warc = tmp_path / "t.warc.gz"
    build_warc(warc, arts[:3])
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * 0.6)])
    r = subprocess.run([*cli_path, "warc", str(warc), "-O", str(tmp_path / "o.jsonl"), "--processes", "1"],
                       capture_output=True, text=True, timeout=120)
    last = r.stderr.strip().splitlines()[-1]
    assert r.returncode == 1 and "errors: truncated=1" in last, r.stderr      # the file is broken: an error
    assert len(read_records(tmp_path / "o.jsonl")) >= 1                       # what was before the cut is kept
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content", ["html", "empty", "gzipped html", "random"])
def test_a_file_that_is_not_a_warc_is_an_error(arts, cli_path, tmp_path, content):
    html = b"<!DOCTYPE html><html><body><p>" + "نص عربي".encode() * 50 + b"</p></body></html>"
    data = {"html": html, "empty": b"", "gzipped html": gzip.compress(html),
            "random": bytes((i * 7919 + 13) % 256 for i in range(3000))}[content]
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(data)
    alone = subprocess.run([*cli_path, "warc", str(bad), "-O", str(tmp_path / "o.jsonl")],
                           capture_output=True, text=True, timeout=120)
    assert alone.returncode == 3, alone.stderr                                  # nothing could be read
    assert "not a WARC file" in alone.stderr and "errors: not_warc=1" in alone.stderr.splitlines()[-1]
    good = tmp_path / "good.warc.gz"
    build_warc(good, arts[:2])
    mixed = subprocess.run([*cli_path, "warc", str(good), str(bad), "-O", str(tmp_path / "m.jsonl")],
                           capture_output=True, text=True, timeout=120)
    assert mixed.returncode == 1 and len(read_records(tmp_path / "m.jsonl")) == 2, mixed.stderr


@pytest.fixture()
def cc(arts, tmp_path):
    """A loopback server with Common Crawl's CC-NEWS layout: warc.paths.gz and two WARC files."""
    m = Mirror().start()
    paths = []
    for i in range(2):
        warc = tmp_path / f"CC-NEWS-2024050{i}.warc.gz"
        build_warc(warc, arts[4 * i:4 * i + 4])
        path = f"crawl-data/CC-NEWS/2024/05/{warc.name}"
        m.add("/" + path, warc.read_bytes(), ctype="application/octet-stream")
        paths.append(path)
    m.add("/crawl-data/CC-NEWS/2024/05/warc.paths.gz", gzip.compress(("\n".join(paths) + "\n").encode()),
          ctype="application/octet-stream")
    yield m
    m.stop()


def test_cc_news_month_and_a_rerun_continues(arts, cc, cli_path, tmp_path):
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    cmd = [*cli_path, "warc", "--cc-news", "2024-05", "--cc-base", cc.base, "-o", str(out), "--state", str(state),
           "--processes", "2"]
    limited = subprocess.run([*cmd, "--limit", "3"], capture_output=True, text=True, timeout=300)
    assert limited.returncode == 0, limited.stderr
    assert len(read_records(out)) == 3
    rest = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rest.returncode == 0, rest.stderr
    urls = [rec["url"] for rec in read_records(out)]
    assert len(urls) == len(set(urls)) == 8                               # every article once
    assert "files: 2/2" in rest.stderr.strip().splitlines()[-1]
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert len(read_records(out)) == 8 and "(2 done before)" in again.stderr


def test_sigterm_stops_cleanly_and_the_rerun_completes(arts, cli_path, tmp_path):
    m = Mirror().start()
    try:
        warc = tmp_path / "big.warc.gz"
        build_warc(warc, arts, n_copies=20)                               # 160 articles, distinct URLs
        m.custom["/big.warc.gz"] = trickle(warc.read_bytes(), 200_000, 0.3)
        out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
        cmd = [*cli_path, "warc", m.url("/big.warc.gz"), "-o", str(out), "--state", str(state), "--processes", "2"]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 143, err
        assert "stopping" in err and "articles written" in err.strip().splitlines()[-1]
        first = len(read_records(out))
        assert 5 <= first < 160
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr
        urls = [rec["url"] for rec in read_records(out)]
        assert len(urls) == len(set(urls)) == 160
    finally:
        m.stop()


def test_archives_and_crawls_share_the_state(arts, cli_path, tmp_path):
    """An article written from an archive is not written again by a crawl of the same state."""
    from newsscrape.run.state import StateStore

    warc = tmp_path / "a.warc.gz"
    written = build_warc(warc, arts[:2])
    out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
    r = subprocess.run([*cli_path, "warc", str(warc), "-o", str(out), "--state", str(state), "--processes", "1"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    store = StateStore(state)
    assert all(store.get(url) is not None for url, _ in written)
    store.close()
    _ = article


def test_the_summary_counts_add_up(arts, cli_path, tmp_path):
    """Every response record is read and then written, skipped or failed; other records are named."""
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("t.warc.gz", {"software": "test"}))
    for a in arts[:3]:
        warc_record(writer, f"https://{a.site}.example{a.path}", a.html)
    warc_record(writer, f"https://{arts[0].site}.example{arts[0].path}?again=1", arts[0].html)     # a duplicate
    warc_record(writer, "https://ar.example/gone", page("<h1>غير موجود</h1>").encode(), status="404 Not Found")
    warc_record(writer, "https://img.example/photo.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100, ctype="image/jpeg")
    warc_record(writer, "https://ar.example/req", b"GET / HTTP/1.1\r\n\r\n", rec_type="request")
    warc = tmp_path / "t.warc.gz"
    warc.write_bytes(buf.getvalue())
    r = subprocess.run([*cli_path, "warc", str(warc), "-O", str(tmp_path / "o.jsonl"), "--processes", "1"],
                       capture_output=True, text=True, timeout=120)
    line = r.stderr.strip().splitlines()[-1]
    assert line.startswith("newsscrape: 6 responses read (2 other records), 3 articles written;"), line
    counts = [int(kv.split("=")[1]) for part in ("skipped: ", "errors: ") for kv in
              line.split(part, 1)[1].split(";", 1)[0].split() if "=" in kv]
    assert 3 + sum(counts) == 6, line


def test_one_article_is_one_article(arts, cli_path, tmp_path):
    warc = tmp_path / "one.warc.gz"
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    warc_record(WARCWriter(buf, gzip=True), f"https://{arts[0].site}.example{arts[0].path}", arts[0].html)
    warc.write_bytes(buf.getvalue())
    r = subprocess.run([*cli_path, "warc", str(warc), "-O", str(tmp_path / "o.jsonl")], capture_output=True,
                       text=True, timeout=120)
    assert ", 1 article written;" in r.stderr and "1 responses" not in r.stderr, r.stderr


def test_an_archive_record_that_does_not_fit_the_schema_is_never_written(tmp_path):
    """Archive reading checks each record against the schema as the crawl does (it never did)."""
    from newsscrape.archive.run import ArchiveOptions, ArchiveRun
    from newsscrape.record import Article

    out = tmp_path / "o.jsonl"
    run = ArchiveRun(ArchiveOptions(output=str(out), mode="w"))
    run.output.open()
    good = Article(url="https://ar.example/a/1", title="عنوان الخبر", paragraphs=("نص الخبر كاملا هنا.",),
                   extractor="generic")
    run.take(good.evolve(published="2024-01-01T10:00:00"))           # naive: not in the schema
    run.take(good.evolve(url="https://ar.example/a/2", published="2024-01-01T10:00:00+02:00"))
    run.output.close()
    assert [r["url"] for r in read_records(out)] == ["https://ar.example/a/2"]
    assert run.stats["skipped/invalid_record"] == 1


def test_a_record_with_a_wrong_length_leaks_no_warning(arts, cli_path, tmp_path):
    """warcio writes a three-line WARNING to stderr when a record's Content-Length is off; stderr is the
    summary (and a short line per failed page), nothing more."""
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    warc_record(writer, f"https://{arts[0].site}.example{arts[0].path}", arts[0].html)
    data = buf.getvalue()
    head, sep, rest = data.partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    warc = tmp_path / "off.warc"
    warc.write_bytes(head + sep + str(int(length) - 40).encode() + b"\r\n" + tail)
    r = subprocess.run([*cli_path, "warc", str(warc), "-O", str(tmp_path / "out.jsonl")], capture_output=True,
                       text=True, timeout=120)
    assert "WARNING" not in r.stderr and "Remainder" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) <= 2, r.stderr


def test_a_second_sigterm_ends_a_run_that_has_not_stopped_with_its_summary(arts, cli_path, tmp_path):
    """Issue 35, item 10: the first SIGTERM waits for the read in progress (here a stalled download);
    the second ends the run at once with its summary and 143. It was exit 70: the summary, a dict,
    was added to a string."""
    m = Mirror().start()
    try:
        warc = tmp_path / "stall.warc.gz"
        build_warc(warc, arts)
        m.custom["/stall.warc.gz"] = trickle(warc.read_bytes(), 30_000, 20)
        proc = subprocess.Popen([*cli_path, "warc", m.url("/stall.warc.gz"), "-o", str(tmp_path / "o.jsonl"),
                                 "--processes", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        proc.send_signal(signal.SIGTERM)
        time.sleep(1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        m.stop()
    assert proc.returncode == 143, err
    assert "Traceback" not in err and "internal error" not in err
    assert err.strip().splitlines()[-1].endswith("(killed)"), err
