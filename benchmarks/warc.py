#!/usr/bin/env python3
"""Archive throughput: `newsscrape warc` per process count, datatrove pipelines, a trafilatura + warcio loop.

    python benchmarks/warc.py [--shared ../shared] [--pages 480] [--parts 4] [--processes 1 2]

Builds --pages responses from the corpus pages (canonical links removed so that each copy is its own
article) in --parts WARC files in a temporary folder, then times, on the same files in the same run:
`newsscrape warc FILES -O out --processes N` for each N (the installed command, as users run it);
datatrove's LocalPipelineExecutor (one task per file) with newsscrape's reader and step on 1 and 2
workers, and with datatrove's stock WarcReader and Trafilatura extractor on 1 worker (each writing
JSON Lines with JsonlWriter); and a single-process loop of warcio + trafilatura.extract (with
metadata). Prints pages/s (responses read per second) and articles/s, and for each datatrove pipeline
the body F1 on the corpus pages (one WARC of the pages under their gold URLs, scored against the gold
with ../shared/eval/score.py's token F1). Needs `pip install -e '.[bench]'` for the peers.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANONICAL = re.compile(rb"<link[^>]*rel=[\"']?canonical[^>]*>|<meta[^>]*og:url[^>]*>", re.I)


def build(folder: Path, shared: Path, n: int, parts: int) -> list[Path]:
    pages = [CANONICAL.sub(b"", p.read_bytes()) for p in sorted((shared / "corpus" / "pages").rglob("*.html"))]
    files = [folder / f"part-{k}.warc.gz" for k in range(parts)]
    for k, path in enumerate(files):
        write_warc(path, [(f"https://bench.example/{i}/story-{i}", pages[i % len(pages)])
                          for i in range(k, n, parts)])
    return files


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=http))


def run_newsscrape(warcs: list[Path], processes: int, out: Path) -> tuple[float, int]:
    exe = Path(sys.executable).parent / "newsscrape"
    started = time.perf_counter()
    subprocess.run([str(exe), "warc", *map(str, warcs), "-O", str(out), "--processes", str(processes)],
                   check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for _ in open(out, encoding="utf-8"))


def run_trafilatura(warcs: list[Path]) -> tuple[float, int] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    from warcio.archiveiterator import ArchiveIterator

    started = time.perf_counter()
    n = 0
    for warc in warcs:
        with open(warc, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type != "response":
                    continue
                html = record.content_stream().read()
                url = record.rec_headers.get_header("WARC-Target-URI")
                if trafilatura.extract(html, url=url, output_format="json", with_metadata=True):
                    n += 1
    return time.perf_counter() - started, n


def datatrove_pipeline(kind: str, folder: Path, out: Path) -> list:
    """newsscrape's reader and step, or datatrove's stock WarcReader and Trafilatura extractor."""
    from datatrove.pipeline.writers import JsonlWriter

    if kind == "newsscrape":
        from newsscrape.datatrove import ArticleExtractor, WarcResponses

        return [WarcResponses(str(folder), glob_pattern="*.warc.gz"), ArticleExtractor(), JsonlWriter(str(out))]
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.readers import WarcReader

    return [WarcReader(str(folder), glob_pattern="*.warc.gz"), Trafilatura(), JsonlWriter(str(out))]


def run_datatrove(kind: str, folder: Path, tasks: int, workers: int, work: Path) -> tuple[float, int] | None:
    """Seconds and documents written by a LocalPipelineExecutor run (None: not installed)."""
    try:
        from datatrove.executor import LocalPipelineExecutor

        steps = datatrove_pipeline(kind, folder, work / "out")
    except ImportError:
        return None
    started = time.perf_counter()
    LocalPipelineExecutor(steps, tasks=tasks, workers=workers, logging_dir=str(work / "logs")).run()
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for f in (work / "out").glob("*.jsonl.gz") for _ in gzip.open(f, "rt"))


def datatrove_body_f1(kind: str, shared: Path, work: Path) -> float | None:
    """Mean body F1 of a datatrove pipeline's output text on the corpus pages (0 for a page it dropped)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    golds = {}
    pages = []
    for page in sorted((shared / "corpus" / "pages").rglob("*.html")):
        gold_file = shared / "corpus" / "gold" / page.parent.name / (page.stem + ".json")
        if gold_file.exists():
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            golds[gold["url"]] = gold
            pages.append((gold["url"], page.read_bytes()))
    (work / "in").mkdir(parents=True)
    write_warc(work / "in" / "corpus.warc.gz", pages)
    if run_datatrove(kind, work / "in", 1, 1, work / "run") is None:
        return None
    texts = {}
    for f in (work / "run" / "out").glob("*.jsonl.gz"):
        for line in gzip.open(f, "rt", encoding="utf-8"):
            doc = json.loads(line)
            texts[doc["metadata"]["url"]] = doc["text"]
    scores = [score.prf(score.tokens(texts.get(url, "")), score.tokens("\n".join(g["paragraphs"])))[2]
              for url, g in golds.items()]
    return sum(scores) / len(scores)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--pages", type=int, default=480)
    ap.add_argument("--parts", type=int, default=4, help="WARC files (one datatrove task each)")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "warcs"
        folder.mkdir()
        warcs = build(folder, args.shared, args.pages, args.parts)
        size = sum(w.stat().st_size for w in warcs) / 1e6
        print(f"WARC: {args.pages} responses in {args.parts} files, {size:.1f} MB")
        print("| tool | processes | articles | seconds | pages/s | articles/s | vs its 1 process | body F1 |")
        print("|---|---|---|---|---|---|---|---|")
        base = None
        for n in args.processes:
            elapsed, articles = run_newsscrape(warcs, n, Path(tmp) / f"out{n}.jsonl")
            base = base or args.pages / elapsed
            print(f"| newsscrape warc | {n} | {articles} | {elapsed:.1f} | {args.pages / elapsed:.1f} | "
                  f"{articles / elapsed:.1f} | {args.pages / elapsed / base:.2f}x | |")
        for kind, workers in (("newsscrape", [1, 2]), ("trafilatura", [1])):
            label = ("datatrove + newsscrape step" if kind == "newsscrape"
                     else "datatrove WarcReader + Trafilatura")
            f1 = datatrove_body_f1(kind, args.shared, Path(tmp) / f"f1-{kind}")
            one = None
            for w in workers:
                result = run_datatrove(kind, folder, args.parts, w, Path(tmp) / f"dt-{kind}-{w}")
                if result is None:
                    print(f"| {label} | - | not installed (pip install -e '.[bench]') | | | | | |")
                    break
                elapsed, docs = result
                one = one or args.pages / elapsed
                print(f"| {label} | {w} | {docs} | {elapsed:.1f} | {args.pages / elapsed:.1f} | {docs / elapsed:.1f} | "
                      f"{args.pages / elapsed / one:.2f}x | {f1:.3f} |")
        traf = run_trafilatura(warcs)
        if traf:
            elapsed, articles = traf
            print(f"| warcio + trafilatura | 1 | {articles} | {elapsed:.1f} | {args.pages / elapsed:.1f} | "
                  f"{articles / elapsed:.1f} | | |")
        else:
            print("| warcio + trafilatura | - | not installed (pip install -e '.[bench]') | | | | | |")


if __name__ == "__main__":
    main()
