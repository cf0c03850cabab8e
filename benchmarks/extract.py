#!/usr/bin/env python3
"""Extraction speed, side by side, on the real corpus pages (one core, same pages, same run).

    python benchmarks/extract.py [--shared ../shared] [--min-runs 1000]

Every page of ../shared/corpus/pages is extracted in turn until at least --min-runs extractions per tool,
by newsscrape.extract_article and, when installed (pip install -e '.[bench]'), trafilatura (with
metadata), newspaper4k and readability-lxml. Prints median and p95 ms/page, pages/s and the ratio of
each peer to newsscrape. Body F1 comes from ../shared/eval/score.py, run separately.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from pathlib import Path


def tools() -> dict:
    out = {}
    from newsscrape import extract_article

    out["newsscrape"] = lambda html, url: extract_article(html, url=url)
    try:
        import trafilatura

        out["trafilatura"] = lambda html, url: trafilatura.extract(html, url=url, output_format="json",
                                                                   with_metadata=True)
    except ImportError:
        pass
    try:
        import newspaper

        def np4k(html, url):
            a = newspaper.Article(url or "http://example.com/", language="ar", fetch_images=False)
            a.download(input_html=html.decode("utf-8", "replace"))
            a.parse()
            return a.text
        out["newspaper4k"] = np4k
    except ImportError:
        pass
    try:
        from readability import Document

        out["readability"] = lambda html, url: Document(html).summary()
    except ImportError:
        pass
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--min-runs", type=int, default=1000)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})     # one core
    pages = [(p.read_bytes(), None) for p in sorted((args.shared / "corpus" / "pages").rglob("*.html"))]
    if not pages:
        raise SystemExit(f"no pages under {args.shared}/corpus/pages")
    rounds = -(-args.min_runs // len(pages))
    results, skipped = {}, {}
    for name, fn in tools().items():
        try:
            for html, url in pages:             # warm-up: imports, caches, lazy language data
                fn(html, url)
        except Exception as exc:  # a peer that cannot run here is reported, not fatal
            skipped[name] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:90]}"
            continue
        times = []
        gc.collect()
        for _ in range(rounds):
            for html, url in pages:
                t0 = time.perf_counter()
                fn(html, url)
                times.append(time.perf_counter() - t0)
        times.sort()
        results[name] = {"n": len(times), "median": statistics.median(times) * 1000,
                         "p95": times[int(len(times) * 0.95)] * 1000, "pages_s": len(times) / sum(times)}
    base = results["newsscrape"]
    print(f"{len(pages)} corpus pages x {rounds} rounds, one core")
    print(f"{'tool':<14}{'runs':>6}{'median ms':>11}{'p95 ms':>9}{'pages/s':>9}{'vs newsscrape':>15}")
    for name, r in results.items():
        ratio = r["median"] / base["median"]
        print(f"{name:<14}{r['n']:>6}{r['median']:>11.2f}{r['p95']:>9.2f}{r['pages_s']:>9.1f}"
              f"{'' if name == 'newsscrape' else f'{ratio:.1f}x slower':>15}")
    for name, why in skipped.items():
        print(f"{name:<14} not measured: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
