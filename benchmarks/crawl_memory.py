#!/usr/bin/env python3
"""Growth of the crawl's main process memory per article written in one run, this tree against an earlier
release.

    python benchmarks/crawl_memory.py [--pages 30000] [--before REV] [--shared ../shared]
    python benchmarks/crawl_memory.py --structures 200000 [--before REV]

A local server (a separate process) serves --pages article pages at long Arabic addresses, as Arabic
publishers write them (a percent-encoded slug of about 150 bytes), and one sitemap listing them. Each run
is ``newsscrape crawl`` of that sitemap (AutoThrottle and delays off, 16 concurrent requests); the main
process's RSS is sampled five times a second; the growth between the median over the 2,000 articles from
5,000 written and the median over the last 2,000 is given per million articles. With --before REV the same
run is made with a ``git worktree`` of REV first.

--structures N measures, without a crawl, what the main process keeps for each article written, by the
classes a crawl uses: the dedup's keys, the spider's written and sighted keys, the request dupefilter,
the run's health figures, for N articles at long Arabic addresses (tracemalloc, in a child process).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

SLUG = quote("-".join(["الحكومة", "تعلن", "خطة", "جديدة", "لدعم", "الاقتصاد", "الوطني", "في", "العام", "المقبل"]))
FIRST_MARK = 5000
WINDOW = 2000        # articles over which RSS samples are taken at each end


def serve(shared: Path, n: int, port_file: Path) -> None:
    from crawl import serve as serve_pages  # benchmarks/crawl.py: the same mirror, other addresses

    serve_pages(shared, n, port_file, path_of=lambda i: f"/ar/news/2024/05/{i % 28 + 1:02d}/{SLUG}-{i}")


def rss_mb(pid: int) -> float:
    from crawl import rss_kb

    return rss_kb(pid) / 1024


def run(exe: str, url: str, path: str | None) -> tuple[int, float, float]:
    """(articles between the two windows, median RSS MB over the WINDOW articles from FIRST_MARK, median RSS
    MB over the last WINDOW articles). Medians of windows, not two samples: RSS at one instant moves by some
    10 MB with the page bodies and records in flight (16 requests, pages of up to 600 KB)."""
    tmp = Path(tempfile.mkdtemp())
    out = tmp / "out.jsonl"
    env = None
    if path:
        import os

        env = {**os.environ, "PYTHONPATH": path}
    proc = subprocess.Popen([exe, "crawl", url, "-O", str(out), "--delay", "0", "--concurrency", "16",
                             "-s", "AUTOTHROTTLE_ENABLED=False", "--log-level", "ERROR"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp, env=env)
    lines = offset = 0
    samples: list[tuple[int, float]] = []
    while proc.poll() is None:
        rss = rss_mb(proc.pid)
        if out.exists():
            with out.open("rb") as f:
                f.seek(offset)
                chunk = f.read()
            offset += len(chunk)
            lines += chunk.count(b"\n")
        if rss and lines >= FIRST_MARK:
            samples.append((lines, rss))
        time.sleep(0.2)
    shutil.rmtree(tmp, ignore_errors=True)
    if not samples or samples[-1][0] < FIRST_MARK + 3 * WINDOW:
        sys.exit(f"fewer than {FIRST_MARK + 3 * WINDOW} articles written ({lines}): raise --pages")
    first = [s for s in samples if s[0] < FIRST_MARK + WINDOW]
    last = [s for s in samples if s[0] > samples[-1][0] - WINDOW]
    mid = statistics.median
    return round(mid(n for n, _ in last) - mid(n for n, _ in first)), mid(r for _, r in first), \
        mid(r for _, r in last)


_STRUCTURES = r"""
import sys, tracemalloc
from scrapy import Request
from scrapy.utils.test import get_crawler
from newsscrape.crawl.spider import ArticleSpider
from newsscrape.run.dedup import Dedup
from newsscrape.run.health import RunHealth
from newsscrape.sites import GENERIC
from newsscrape.addon import POLICY
from scrapy.utils.misc import load_object

n, slug = int(sys.argv[1]), sys.argv[2]
crawler = get_crawler()
dupefilter = load_object(POLICY.get("DUPEFILTER_CLASS", "scrapy.dupefilters.RFPDupeFilter")).from_crawler(crawler)
spider = ArticleSpider(plans=[(GENERIC, "https://www.example-news.com/")])
dedup, health = Dedup(), RunHealth("crawl")
written = getattr(spider, "written_keys", None)
sighted = spider.sighted if hasattr(spider, "sighted") else dedup.sighted
urls = [f"https://www.example-news.com/ar/news/2024/05/{i % 28 + 1:02d}/{slug}-{i}" for i in range(n)]
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
for i, url in enumerate(urls):
    record = {"url": url, "canonical_url": url + "/", "title": "t", "paragraphs": ["w " * (300 + i % 700)]}
    dupefilter.request_seen(Request(url))
    dedup.add(record)
    if written is not None:          # releases before one dedup kept the spider's own copy of its keys
        written.update([url, url + "/"])
    sighted.add(url)
    health.written(record)
print((tracemalloc.get_traced_memory()[0] - before) / n)
"""


def structures(n: int, path: str | None) -> float:
    import os

    env = {**os.environ, "PYTHONPATH": path} if path else None
    done = subprocess.run([sys.executable, "-c", _STRUCTURES, str(n), SLUG], capture_output=True, text=True,
                          env=env, cwd=tempfile.gettempdir(), check=True)
    return float(done.stdout.split()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--pages", type=int, default=30000)
    ap.add_argument("--before", help="an earlier release (a git revision) to measure first")
    ap.add_argument("--structures", type=int, metavar="N", help="measure the kept structures for N articles")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    here = Path(__file__).resolve().parents[1]
    if args.structures:
        tree = Path(tempfile.mkdtemp()) / "before"
        if args.before:
            subprocess.run(["git", "-C", str(here), "worktree", "add", "--detach", "-q", str(tree), args.before],
                           check=True)
        try:
            for name, path in ([(args.before, str(tree))] if args.before else []) + [("this tree", None)]:
                per = structures(args.structures, path)
                print(f"  {name:12s} {per:7.0f} bytes an article kept: {per:7.0f} MB per million articles")
        finally:
            if args.before:
                subprocess.run(["git", "-C", str(here), "worktree", "remove", "--force", str(tree)], check=False)
        return 0
    if args.serve:
        serve(args.shared, args.pages, args.serve)
        return 0
    exe = shutil.which("newsscrape") or sys.exit("install the package first (pip install -e .)")
    from crawl import start_mirror

    server, url = start_mirror(__file__, args.shared, args.pages)
    tree = Path(tempfile.mkdtemp()) / "before"
    try:
        releases = [("this tree", None)]
        if args.before:
            subprocess.run(["git", "-C", str(here), "worktree", "add", "--detach", "-q", str(tree), args.before],
                           check=True)
            releases.insert(0, (args.before, str(tree)))
        print(f"{args.pages} article pages at long Arabic addresses; main process RSS")
        for name, path in releases:
            n, first, last = run(exe, url, path)
            print(f"  {name:12s} {first:6.1f} MB from {FIRST_MARK} articles, {last:6.1f} MB {n} articles later: "
                  f"{(last - first) / n * 1e6:7.0f} MB per million articles")
    finally:
        server.terminate()
        if args.before:
            subprocess.run(["git", "-C", str(here), "worktree", "remove", "--force", str(tree)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
