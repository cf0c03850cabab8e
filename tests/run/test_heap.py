"""The crawl process's heap (newsscrape/run/heap.py): after a large page has been freed, pieces of a few
hundred KB freed between live ones go back to the system. Run in a fresh interpreter each time: the
threshold is a setting of the whole process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PROBE = r"""
import sys
from pathlib import Path

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

if sys.argv[1] == "fixed":
    from newsscrape.run.heap import keep_large_blocks_mapped
    assert keep_large_blocks_mapped()
big = b"x" * (8 << 20)
del big                                    # a large page freed: glibc would raise its threshold to 8 MB
blocks = [b"y" * (300 << 10) for _ in range(100)]
before = rss_mb()
del blocks[::2]                            # every other block freed, live ones between them
print(before - rss_mb())
"""

glibc = pytest.mark.skipif(not Path("/proc/self/status").exists() or sys.platform != "linux"
                           or not __import__("platform").libc_ver()[0] == "glibc", reason="glibc on Linux only")


def returned_mb(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    return int(done.stdout.split()[-1])


@glibc
def test_freed_blocks_between_live_ones_go_back_to_the_system():
    assert returned_mb("fixed") >= 10          # 50 blocks of 300 KB freed: about 15 MB back


@glibc
def test_without_it_glibc_keeps_them():
    """The behaviour the module is for: the same frees return nothing with glibc's own rule."""
    assert returned_mb("default") <= 2

