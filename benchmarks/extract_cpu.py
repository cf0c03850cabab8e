#!/usr/bin/env python3
"""Extraction CPU per page, this tree against an earlier release, side by side in the same minutes.

    python benchmarks/extract_cpu.py --before REV [--rounds 6] DIR [DIR ...]

Every ``*.html`` under the DIRs (the corpus pages, ``vary.py`` variants, the listings) is extracted once a
round, profiles off, each page at an address of its own, by two child processes in turn: one importing
newsscrape from a ``git worktree`` of REV, one from this tree, and trafilatura (with metadata) when it is
installed. A round is "cold" (every cache of the package cleared before each page, as a page of a site
seen for the first time) or "warm" (caches kept across the round's pages, as in a crawl of one site):
both are printed. Cold keeps, on both sides, the tables a process builds once from its own data (the site
registry, the agency gazetteer's index, the schema: the argument-free ``lru_cache(maxsize=1)`` functions):
no page of a crawl rebuilds them. Reports CPU ms/page (process time, one core), the median over rounds, and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import functools, gc, json, sys, time
from pathlib import Path
tool, cold, files = sys.argv[1], sys.argv[2] == "cold", json.loads(sys.stdin.read())
pages = [Path(f).read_bytes() for f in files]
if tool == "trafilatura":
    import trafilatura
    def one(html, url):
        trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
    def clear():
        pass
else:
    import newsscrape
    from newsscrape import extract_article
    from newsscrape.errors import ExtractionError
    def one(html, url):
        try:
            extract_article(html, url=url, site="generic")
        except ExtractionError:
            pass
    caches = []
    def clear():
        if not caches:
            for mod in [m for n, m in sys.modules.items() if n.startswith("newsscrape")]:
                for v in vars(mod).values():
                    if isinstance(v, functools._lru_cache_wrapper) and v.cache_parameters()["maxsize"] != 1:
                        caches.append(v)
        for c in caches:
            c.cache_clear()
one(pages[0], "https://www.example.com/warmup")
gc.collect()
spent = 0.0
for i, html in enumerate(pages):
    if cold:
        clear()
    t = time.process_time()
    one(html, f"https://www.example.com/news/2024/05/01/story-{i}")
    spent += time.process_time() - t
print(json.dumps(spent * 1000 / len(pages)))
"""


def _run(tool: str, mode: str, files: list[str], path: str | None) -> float:
    env = dict(os.environ)
    if path:
        env["PYTHONPATH"] = path
    cmd = [sys.executable, "-c", _CHILD, tool, mode]
    if hasattr(os, "sched_setaffinity"):
        cmd = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *cmd]
    # Run outside any checkout: ``-c`` puts the working directory first on sys.path.
    out = subprocess.run(cmd, input=json.dumps(files), capture_output=True, text=True, env=env, check=True,
                         cwd=tempfile.gettempdir())
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="the earlier release (a git revision)")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("dirs", type=Path, nargs="+")
    args = ap.parse_args()
    files = sorted(str(p.resolve()) for d in args.dirs for p in d.rglob("*.html"))   # the runs start elsewhere
    here = Path(__file__).resolve().parents[1]
    try:
        import trafilatura  # noqa: F401
        peers = ["trafilatura"]
    except ImportError:
        peers = []
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(here), "worktree", "add", "--detach", "-q", str(tree), args.before],
                       check=True)
        try:
            results: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.rounds):
                for mode in ("cold", "warm"):
                    for name, tool, path in (("before", "newsscrape", str(tree)), ("this", "newsscrape", str(here)),
                                             *((p, p, None) for p in peers)):
                        results.setdefault((name, mode), []).append(_run(tool, mode, files, path))
        finally:
            subprocess.run(["git", "-C", str(here), "worktree", "remove", "--force", str(tree)], check=False)
    print(f"{len(files)} pages, {args.rounds} rounds, CPU ms/page (median; min-max)")
    for mode in ("cold", "warm"):
        med = {name: statistics.median(v) for (name, m), v in results.items() if m == mode}
        for (name, m), v in results.items():
            if m == mode:
                print(f"  {mode:4s} {name:12s} {med[name]:7.2f}  ({min(v):.2f}-{max(v):.2f})")
        print(f"  {mode:4s} this / before = {med['this'] / med['before']:.3f}"
              + "".join(f"; {p} / this = {med[p] / med['this']:.1f}x" for p in peers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
