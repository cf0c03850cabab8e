#!/usr/bin/env python3
"""Start-up: wall time of `newsscrape --help` and `newsscrape sites` (median of 7 runs), and which heavy
modules each imports (none of Scrapy, lxml, dateparser may be imported by them); then how long a crawl
takes from its command to its first request (robots.txt, on a loopback server), beside the bare Scrapy
spider of benchmarks/bare_spider.py started the same way."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HEAVY = ("scrapy", "twisted", "lxml", "dateparser", "jsonschema", "pyarabic")
PROBE = ("import sys, runpy; sys.argv = ['newsscrape'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('newsscrape', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "print('HEAVY:' + ','.join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)")


def main() -> int:
    exe = shutil.which("newsscrape") or sys.exit("install the package first (pip install -e .)")
    print(f"{'command':<22}{'median s':>10}{'min s':>8}  heavy modules imported")
    for args in (["--help"], ["sites"]):
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            subprocess.run([exe, *args], capture_output=True, check=True)
            times.append(time.perf_counter() - t0)
        probe = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], capture_output=True,
                               text=True)
        heavy = probe.stderr.rsplit("HEAVY:", 1)[-1].strip() or "none"
        print(f"{'newsscrape ' + ' '.join(args):<22}{statistics.median(times):>10.3f}{min(times):>8.3f}  {heavy}")
    first_request(exe)
    return 0


def first_request(exe: str, runs: int = 7) -> None:
    """Seconds from the command to the first request the server sees (median of ``runs``)."""
    seen: list[float] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen.append(time.perf_counter())
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sitemap.xml"
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    commands = {
        "newsscrape crawl": [exe, "crawl", url, "-O", str(out), "--delay", "0", "--log-level", "ERROR"],
        "bare Scrapy spider": [sys.executable, "-m", "scrapy", "runspider",
                               str(Path(__file__).with_name("bare_spider.py")), "-a", f"url={url}", "-L", "ERROR"],
    }
    print(f"{'to the first request':<22}{'median s':>10}{'min s':>8}")
    for name, cmd in commands.items():
        times = []
        for _ in range(runs):
            seen.clear()
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, cwd=tempfile.gettempdir())
            if seen:
                times.append(seen[0] - t0)
        print(f"{name:<22}{statistics.median(times):>10.3f}{min(times):>8.3f}")
    server.shutdown()


if __name__ == "__main__":
    raise SystemExit(main())
