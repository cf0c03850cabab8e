#!/usr/bin/env python3
"""Crawl throughput and memory against a local mirror (127.0.0.1, a separate server process).

    python benchmarks/crawl.py [--pages 2000] [--concurrency 4 16 32] [--rounds 3] [--shared ../shared]

The server serves --pages article pages (the real corpus pages in turn, canonical links removed so
each path is its own article) and one sitemap listing them all. Each run is `newsscrape crawl` with
AutoThrottle and delays off; the crawler's RSS is sampled as articles are written (at 500, 1000 and
2000 lines) and its CPU time (all its processes) comes from the OS. Every concurrency but the highest
is run once. At the highest, --rounds pairs are run, each a bare Scrapy spider (bare_spider.py, the
yardstick: same mirror, same concurrency, no extraction, no pipelines) then newsscrape, so that both
sides of each ratio see the machine in the same minute; the medians and the median ratio are printed.
Numbers are from this machine, in one run.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_CANONICAL = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)


# Addresses a sitemap lists: more go into several sitemaps under an index, as a large site publishes them
# (one of 150,000 addresses would pass the crawl's 10 MB page budget and be skipped as too_large).
SITEMAP_URLS = 20000
_XML = '<?xml version="1.0" encoding="UTF-8"?>'


def serve(shared: Path, n: int, port_file: Path, path_of=lambda i: f"/a/{i}/story-{i}") -> None:
    """``n`` article pages (the corpus pages in turn, canonical links removed) at ``path_of(i)``, and a
    sitemap of them all (an index of sitemaps of ``SITEMAP_URLS`` each when there are more), on 127.0.0.1;
    the port written to ``port_file``."""
    pages = [_CANONICAL.sub(b"", p.read_bytes()) for p in sorted((shared / "corpus" / "pages").rglob("*.html"))]
    routes: dict[str, bytes] = {path_of(i): pages[i % len(pages)] for i in range(n)}
    paths = list(routes)
    # each sitemap's path and the first page it lists: one sitemap, or an index of several
    sitemaps = {"/sitemap.xml": 0} if n <= SITEMAP_URLS else \
        {f"/sitemap-{k}.xml": k for k in range(0, n, SITEMAP_URLS)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/sitemap.xml" and self.path not in sitemaps:
                body = (_XML + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        + "".join(f"<sitemap><loc>{base}{s}</loc></sitemap>" for s in sitemaps)
                        + "</sitemapindex>").encode()
                ctype = "application/xml"
            elif self.path in sitemaps:
                start = sitemaps[self.path]
                body = (_XML + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        + "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths[start:start + SITEMAP_URLS])
                        + "</urlset>").encode()
                ctype = "application/xml"
            elif self.path in routes:
                body, ctype = routes[self.path], "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


def start_mirror(script: str, shared: Path, pages: int) -> tuple[subprocess.Popen, str]:
    """``script --serve`` in a separate process (its mirror of ``pages`` articles): the process and the
    mirror's sitemap URL, once it listens."""
    port_file = Path(tempfile.mkdtemp()) / "port"
    server = subprocess.Popen([sys.executable, script, "--serve", str(port_file), "--pages", str(pages),
                               "--shared", str(shared)])
    while not port_file.exists() or not port_file.read_text():
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port_file.read_text()}/sitemap.xml"


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(exe: str, url: str, concurrency: int, marks=(500, 1000, 2000)) -> dict:
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([exe, "crawl", url, "-O", str(out), "--delay", "0", "--concurrency", str(concurrency),
                             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"CONCURRENT_REQUESTS={max(16, concurrency)}",
                             "--log-level", "ERROR"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    at: dict[int, float] = {}
    peak = lines = offset = 0
    while proc.poll() is None:
        rss = rss_kb(proc.pid)     # 0 once the process has exited: a mark is taken from a live sample only
        peak = max(peak, rss)
        if out.exists():            # only the new bytes: rereading the whole file took CPU from the crawl
            with out.open("rb") as f:
                f.seek(offset)
                chunk = f.read()
            offset += len(chunk)
            lines += chunk.count(b"\n")
        for m in marks:
            if m not in at and lines >= m and rss:
                at[m] = rss / 1024
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    _, err = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = [ln for ln in err.splitlines() if ln.startswith("newsscrape: ")][-1]
    pages = int(re.search(r"(\d+) pages fetched", summary).group(1))
    articles = int(re.search(r"(\d+) articles written", summary).group(1))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    shutil.rmtree(out.parent, ignore_errors=True)
    return {"concurrency": concurrency, "pages": pages, "articles": articles, "wall": wall,
            "pages_s": pages / wall, "articles_s": articles / wall, "peak_mb": max(peak / 1024, after.ru_maxrss / 1024),
            "cpu_per_1000": cpu / max(pages, 1) * 1000, "rss_at": at}


def run_bare(url: str, concurrency: int) -> dict:
    """The bare Scrapy spider (bare_spider.py) on the same mirror: pages fetched per second."""
    spider = Path(__file__).with_name("bare_spider.py")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"url={url}",
                           "-s", f"CONCURRENT_REQUESTS={max(16, concurrency)}",
                           "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", "STATS_DUMP=True",
                           "-L", "INFO"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - t0
    pages = int(re.search(r"'bare/pages': (\d+)", proc.stderr).group(1))
    return {"pages": pages, "wall": wall, "pages_s": pages / wall}


def redis_runs(exe: str, url: str, counts: list[int]) -> None:
    """The same crawl through one shared Redis frontier, with 1, 2, ... worker processes at once."""
    import socket

    import redis

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no"], stdout=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        print(f"{'workers':>7}{'articles':>9}{'wall s':>8}{'pages/s':>9}  (shared scrapy-redis frontier)")
        for n in counts:
            client.flushdb()
            tmp = Path(tempfile.mkdtemp())
            t0 = time.perf_counter()
            procs = [subprocess.Popen([exe, "crawl", url, "--redis", f"redis://127.0.0.1:{port}/0", "-O",
                                       str(tmp / f"w{i}.jsonl"), "--delay", "0", "--concurrency", "16", "-s",
                                       "AUTOTHROTTLE_ENABLED=False", "--log-level", "ERROR"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for i in range(n)]
            for p in procs:
                p.wait()
            wall = time.perf_counter() - t0
            lines = sum(f.read_bytes().count(b"\n") for f in tmp.glob("*.jsonl"))
            print(f"{n:>7}{lines:>9}{wall:>8.1f}{lines / wall:>9.1f}")
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[4, 16, 32])
    ap.add_argument("--rounds", type=int, default=3, help="bare/newsscrape pairs at the highest concurrency")
    ap.add_argument("--redis-workers", type=int, nargs="*", metavar="N",
                    help="also crawl through a local redis-server with N workers (e.g. 1 2)")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.shared, args.pages, args.serve)
        return 0
    exe = shutil.which("newsscrape") or sys.exit("install the package first (pip install -e .)")
    server, url = start_mirror(__file__, args.shared, args.pages)
    try:
        print(f"mirror: {args.pages} article pages + sitemap on 127.0.0.1 (separate process), {os.cpu_count()} cores")
        print(f"{'conc.':>5}{'pages':>7}{'articles':>9}{'wall s':>8}{'pages/s':>9}{'articles/s':>11}"
              f"{'peak RSS MB':>12}{'CPU s/1000p':>12}  RSS MB at 500/1000/2000 articles")
        top = max(args.concurrency)
        for c in sorted(set(args.concurrency) - {top}):
            _row(c, run(exe, url, c))
        ratios, ours, bares = [], [], []
        for i in range(max(1, args.rounds)):
            bare = run_bare(url, top)
            r = run(exe, url, top)
            _row(top, r)
            ours.append(r["articles_s"])
            bares.append(bare["pages_s"])
            ratios.append(r["articles_s"] / bare["pages_s"])
            print(f"      round {i + 1}: bare Scrapy spider {bare['pages_s']:.1f} pages/s just before; "
                  f"newsscrape / bare = {ratios[-1]:.2f}")
        print(f"concurrency {top}, {len(ratios)} rounds: newsscrape {statistics.median(ours):.1f} articles/s, "
              f"bare Scrapy spider (benchmarks/bare_spider.py) {statistics.median(bares):.1f} pages/s, "
              f"newsscrape / bare = {statistics.median(ratios):.2f} (medians)")
        if args.redis_workers:
            redis_runs(exe, url, args.redis_workers)
    finally:
        server.terminate()
        server.wait()
    return 0


def _row(c: int, r: dict) -> None:
    marks = " / ".join(f"{r['rss_at'][m]:.0f}" if m in r["rss_at"] else "-" for m in (500, 1000, 2000))
    print(f"{c:>5}{r['pages']:>7}{r['articles']:>9}{r['wall']:>8.1f}{r['pages_s']:>9.1f}"
          f"{r['articles_s']:>11.1f}{r['peak_mb']:>12.0f}{r['cpu_per_1000']:>12.1f}  {marks}")


if __name__ == "__main__":
    raise SystemExit(main())
