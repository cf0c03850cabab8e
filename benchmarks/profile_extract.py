#!/usr/bin/env python3
"""Where extraction spends its time: cProfile over the corpus pages, top functions by own time.

    python benchmarks/profile_extract.py [--shared ../shared] [--rounds 20] [--top 25]

What it pointed to, and what was done: per-element regex cue search (now one indexing walk that keeps only
elements with short own text), clean() on every length computation (now str.split-based lengths where
only size matters, and clean() skips its regexes when a text has no controls or tatweel), the subtitle
search walking the whole tree (now stops at the body), and the mojibake check scanning every page (now
looks for its lead bytes first).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

from newsscrape import extract_article


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    pages = [p.read_bytes() for p in sorted((args.shared / "corpus" / "pages").rglob("*.html"))]
    for html in pages:
        extract_article(html)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.rounds):
        for html in pages:
            extract_article(html)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
