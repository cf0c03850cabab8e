"""A long run's heap (the crawl's process, ``newsscrape warc``): large blocks go back to the system when
they are freed.

glibc serves a block of at least the mmap threshold with a mapping of its own, returned to the system on
free; but each time such a block is freed it raises the threshold to that block's size (up to 32 MB), so
that after the first large page every page body, pickled record and response buffer of a long crawl comes
from the heap instead, where freed pieces between live ones are never returned. A crawl's main process
then grows by some 400 MB per million articles while its live Python objects do not grow at all
(``benchmarks/crawl_memory.py``). Setting the threshold once, at its default, stops the raising.
Nothing is done where the C library is not glibc.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_MMAP_THRESHOLD = -3        # mallopt's parameter number (malloc.h)
MMAP_THRESHOLD = 128 * 1024  # glibc's own default: blocks this large get a mapping of their own


def keep_large_blocks_mapped(threshold: int = MMAP_THRESHOLD) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes for this process; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    if not hasattr(libc, "gnu_get_libc_version"):     # glibc only: musl's mallopt does nothing
        return False
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    return mallopt(M_MMAP_THRESHOLD, threshold) == 1
