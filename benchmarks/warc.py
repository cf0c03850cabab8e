#!/usr/bin/env python3
"""Archive throughput: `newsscrape warc` per process count, next to a trafilatura + warcio loop.

    python benchmarks/warc.py [--shared ../shared] [--pages 480] [--processes 1 2]

Builds a WARC of --pages responses from the corpus pages (canonical links removed so that each copy
is its own article) in a temporary folder, then times, on the same file in the same run:
`newsscrape warc FILE -O out --processes N` for each N (the installed command, as users run it), and a
single-process loop of warcio + trafilatura.extract (with metadata) over the same responses.
Prints articles/s and the speed-up of N processes over one.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANONICAL = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)


def build(path: Path, shared: Path, n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [CANONICAL.sub(b"", p.read_bytes()) for p in sorted((shared / "corpus" / "pages").rglob("*.html"))]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(n):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://bench.example/{i}/story-{i}", "response",
                                                          payload=io.BytesIO(pages[i % len(pages)]),
                                                          http_headers=http))


def run_newsscrape(warc: Path, processes: int, out: Path) -> tuple[float, int]:
    exe = Path(sys.executable).parent / "newsscrape"
    started = time.perf_counter()
    subprocess.run([str(exe), "warc", str(warc), "-O", str(out), "--processes", str(processes)], check=True,
                   capture_output=True)
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for _ in open(out, encoding="utf-8"))


def run_trafilatura(warc: Path) -> tuple[float, int] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    from warcio.archiveiterator import ArchiveIterator

    started = time.perf_counter()
    n = 0
    with open(warc, "rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type != "response":
                continue
            html = record.content_stream().read()
            url = record.rec_headers.get_header("WARC-Target-URI")
            if trafilatura.extract(html, url=url, output_format="json", with_metadata=True):
                n += 1
    return time.perf_counter() - started, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--pages", type=int, default=480)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        build(warc, args.shared, args.pages)
        print(f"WARC: {args.pages} responses, {warc.stat().st_size / 1e6:.1f} MB")
        print("| tool | processes | articles | seconds | articles/s | vs 1 process |")
        print("|---|---|---|---|---|---|")
        base = None
        for n in args.processes:
            elapsed, articles = run_newsscrape(warc, n, Path(tmp) / f"out{n}.jsonl")
            rate = articles / elapsed
            base = base or rate
            print(f"| newsscrape warc | {n} | {articles} | {elapsed:.1f} | {rate:.1f} | {rate / base:.2f}x |")
        traf = run_trafilatura(warc)
        if traf:
            elapsed, articles = traf
            print(f"| warcio + trafilatura | 1 | {articles} | {elapsed:.1f} | {articles / elapsed:.1f} | |")
        else:
            print("| warcio + trafilatura | - | not installed (pip install -e '.[bench]') | | | |")


if __name__ == "__main__":
    main()
