#!/usr/bin/env python3
"""Extraction CPU of this tree against an earlier release, the two packages in one process, page by page.

    python benchmarks/extract_side_by_side.py --before REV [--rounds 5] DIR [DIR ...]

``extract_cpu.py`` runs each side in a child process of its own, in turn; on a machine whose speed drifts
from minute to minute its ratios swing by a tenth or more. Here the release before is unpacked from git
(``git archive REV newsscrape``) under another package name and imported beside this tree, and every page
is extracted by both, one right after the other, the order alternating from page to page and round to
round: both sides see the machine in the same millisecond. Profiles off, each page at an address of its
own, caches kept (as in a crawl). Prints each round's CPU ms/page and ratio, then the medians.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _unpack(rev: str, where: Path) -> str:
    """The release ``rev``'s package, unpacked in ``where`` as ``nsbefore``; its importable name."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "newsscrape"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    (where / "newsscrape").rename(where / "nsbefore")
    return "nsbefore"


def _extractor(module):
    from_errors = importlib.import_module(module.__name__ + ".errors")

    def one(html: bytes, url: str) -> None:
        try:
            module.extract_article(html, url=url, site="generic")
        except from_errors.ExtractionError:
            pass
    return one


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="the earlier release (a git revision)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("dirs", type=Path, nargs="+")
    args = ap.parse_args()
    pages = [p.read_bytes() for d in args.dirs for p in sorted(d.rglob("*.html"))]
    if not pages:
        ap.error("no *.html under the folders given")
    tmp = Path(tempfile.mkdtemp())
    try:
        sys.path.insert(0, str(tmp))
        before = _extractor(importlib.import_module(_unpack(args.before, tmp)))
        sys.path.insert(0, str(ROOT))
        this = _extractor(importlib.import_module("newsscrape"))
        sides = {"before": before, "this": this}
        for n, html in enumerate(pages):            # a warm-up round: imports, compiled patterns, caches
            for one in sides.values():
                one(html, f"https://site{n}.example/news/{n}")
        ms: dict[str, list[float]] = {"before": [], "this": []}
        for r in range(args.rounds):
            spent = dict.fromkeys(sides, 0)
            for n, html in enumerate(pages):
                order = list(sides) if (n + r) % 2 else list(reversed(sides))
                url = f"https://site{n}.example/news/{n}-{r}"
                for name in order:
                    t = time.process_time_ns()
                    sides[name](html, url)
                    spent[name] += time.process_time_ns() - t
            for name in sides:
                ms[name].append(spent[name] / len(pages) / 1e6)
            print(f"round {r + 1}: before {ms['before'][-1]:.2f} ms, this {ms['this'][-1]:.2f} ms, "
                  f"ratio {ms['this'][-1] / ms['before'][-1]:.3f}", flush=True)
        ratios = [t / b for t, b in zip(ms["this"], ms["before"], strict=True)]
        print(f"{len(pages)} pages, {args.rounds} rounds, CPU ms/page (median): before "
              f"{statistics.median(ms['before']):.2f}, this {statistics.median(ms['this']):.2f}, "
              f"this / before = {statistics.median(ratios):.3f} (rounds {min(ratios):.3f}-{max(ratios):.3f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
