#!/usr/bin/env python3
"""Start-up: wall time of `newsscrape --help` and `newsscrape sites` (median of 7 runs), and which heavy
modules each imports (none of Scrapy, lxml, dateparser may be imported by them)."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
