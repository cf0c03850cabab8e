"""Hostile sitemaps (issue 35, item 5): an index that lists ten more indexes at every level, and a
sitemap of 150,000 URLs (more than the protocol's 50,000). The crawl's memory stays bounded, the depth
and the count of sitemaps are bounded, and what is cut is counted in the summary."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from mirror import Mirror

pytestmark = pytest.mark.slow          # minutes of real processes: `pytest -m "not slow"` skips them

PEAK_MB = 150          # the bound for the crawl's own process


def _xml(h, body: bytes) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/xml")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


@pytest.fixture(scope="module")
def hostile():
    m = Mirror().start()

    def index(h, path):                       # /idx/<k>.xml lists /idx/<k>0.xml ... /idx/<k>9.xml, for ever
        stem = path[len("/idx/"):-len(".xml")]
        rows = "".join(f"<sitemap><loc>{m.url(f'/idx/{stem}{i}.xml')}</loc></sitemap>" for i in range(10))
        _xml(h, ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                 f'sitemap/0.9">{rows}</sitemapindex>').encode())
    m.prefixed["/idx/"] = index
    rows = "".join(f"<url><loc>{m.url(f'/b/{i}')}</loc></url>" for i in range(150_000))   # 7.5 MB
    big = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"{rows}</urlset>").encode()
    m.custom["/big.xml"] = lambda h: _xml(h, big)

    def tiny(h, path):                        # each listed page: a page with no article in it (skipped)
        body = b"<html><body><p>x</p></body></html>"
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    m.prefixed["/b/"] = tiny
    yield m
    m.stop()


def _peak_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        line = next(x for x in f if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _crawl_for(cli_path, url: str, seconds: float, tmp_path) -> tuple[float, str]:
    proc = subprocess.Popen([*cli_path, "crawl", url, "-o", str(tmp_path / "o.jsonl"), "--delay", "0",
                             "--processes", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            peak = max(peak, _peak_mb(proc.pid))
        except (OSError, StopIteration):
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    return peak, err


def test_an_endless_sitemap_index_is_cut_at_a_depth_and_counted(hostile, cli_path, tmp_path):
    peak, err = _crawl_for(cli_path, hostile.url("/idx/.xml"), 60, tmp_path)
    print(f"peak {peak:.0f} MB")
    summary = err.strip().splitlines()[-1]
    assert "sitemap_too_deep=" in summary, err[-2000:]
    assert "(finished)" in summary                     # it ended by itself: the tree is cut, not walked
    assert sum(n for p, n in hostile.hits.items() if p.startswith("/idx/")) <= 1 + 10 + 100 + 1000
    print(f"peak {peak:.0f} MB")
    assert peak <= PEAK_MB, f"peak {peak:.0f} MB"


def test_a_sitemap_past_the_protocols_50000_urls_stays_in_bounded_memory(hostile, cli_path, tmp_path):
    peak, err = _crawl_for(cli_path, hostile.url("/big.xml"), 25, tmp_path)
    print(f"peak {peak:.0f} MB")
    summary = err.strip().splitlines()[-1]
    assert "sitemap_entries_beyond_max=100000" in summary, err[-2000:]
    print(f"peak {peak:.0f} MB")
    assert peak <= PEAK_MB, f"peak {peak:.0f} MB"


def test_urls_past_the_queue_bound_wait_their_turn_and_are_all_written(shared, cli_path, tmp_path):
    """The queue holds at most NEWSSCRAPE_MAX_QUEUED_ARTICLES requests; the URLs past it wait as bare
    strings and are released as pages are handled: every article is still written, once."""
    from mirror import corpus_site, read_records

    m, arts = corpus_site(shared, "/s.xml")
    try:
        out = tmp_path / "o.jsonl"
        r = subprocess.run([*cli_path, "crawl", m.url("/s.xml"), "-o", str(out), "--delay", "0",
                            "-s", "NEWSSCRAPE_MAX_QUEUED_ARTICLES=2"], capture_output=True, text=True, timeout=120)
    finally:
        m.stop()
    assert r.returncode == 0, r.stderr[-2000:]
    urls = [rec["url"] for rec in read_records(out)]
    assert len(urls) == len(set(urls)) == len(arts)
