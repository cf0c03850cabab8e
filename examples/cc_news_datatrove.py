#!/usr/bin/env python3
"""Arabic news records out of Common Crawl's CC-NEWS (or your own WARCs) with datatrove and newsscrape.

    pip install 'newsscrape[datatrove]'
    python examples/cc_news_datatrove.py --cc-news 2024-05 --out corpus/ --tasks 64 --workers 8
    python examples/cc_news_datatrove.py --warcs archives/ --out corpus/ --tasks 4 --workers 2

One pipeline: newsscrape's WARC reader (HTTP 200 HTML only, corrupt gzip members skipped and counted)
→ newsscrape's extraction step (Arabic articles only: clean body as ``text``, the record's fields in
``metadata``) → JSON Lines and Parquet, one file per task under OUT/jsonl and OUT/parquet. Each task
takes its share of the WARC files; ``--workers`` of them run at once. datatrove marks each finished
task under OUT/logs/completions: run the same command again after a stop and only unfinished tasks
run; a completed pipeline does nothing. Per-step counts (newsscrape's reason codes: skipped/not_arabic,
skipped/http_404, skipped/not_article…) are in OUT/logs/stats.json.

Past one machine, swap the executor and keep the pipeline (see README "From web archives"):
``SlurmPipelineExecutor(pipeline, tasks=..., time="10:00:00", partition=..., logging_dir=...)`` or
``RayPipelineExecutor(pipeline, tasks=..., logging_dir=...)``; or run this script on each of N machines
with ``--local-tasks T --local-rank-offset K*T`` over a shared OUT (NFS, S3) to split the tasks.
``newsscrape.datatrove.record_of(line)`` turns an output line into the record `newsscrape crawl` writes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

CC_BASE = "https://data.commoncrawl.org"


def cc_news_paths(month: str, base: str = CC_BASE) -> Path:
    """A local file listing a CC-NEWS month's WARC paths, relative to ``base`` (newsscrape's own reading
    of the month's warc.paths.gz: the same checks and messages as `newsscrape warc --cc-news`)."""
    from newsscrape.archive.run import cc_news_sources
    from newsscrape.checks import cc_news_month

    cc_news_month(month)
    prefix = base.rstrip("/") + "/"
    paths = [url.removeprefix(prefix) for url in cc_news_sources(month, base)]
    listing = Path(tempfile.mkdtemp()) / f"cc-news-{month}.paths"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    return listing


def pipeline(data_folder: str, out: Path, paths_file: str | None = None, glob: str | None = None,
             site: str | None = None, domains: tuple[str, ...] = (), since: str | None = None,
             stories: str | None = None, drop_copies: bool = False) -> list:
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter

    from newsscrape.datatrove import ArticleExtractor, WarcResponses, parquet_schema

    return [
        WarcResponses(data_folder, paths_file=paths_file, glob_pattern=glob),
        ArticleExtractor(site=site, domains=domains, since=since, stories=stories, drop_copies=drop_copies),
        JsonlWriter(str(out / "jsonl")),                                     # ${rank}.jsonl.gz
        ParquetWriter(str(out / "parquet"), schema=parquet_schema()),        # ${rank}.parquet
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--cc-news", metavar="YYYY-MM", help="every WARC of this CC-NEWS month")
    source.add_argument("--warcs", metavar="DIR", help="a folder of .warc.gz / .warc files (read recursively)")
    parser.add_argument("--cc-base", default=CC_BASE, help="where CC-NEWS lives (https or s3://commoncrawl)")
    parser.add_argument("--out", required=True, type=Path, help="output folder (jsonl/, parquet/, logs/)")
    parser.add_argument("--tasks", type=int, default=4, help="shares of the input files (at most one per file)")
    parser.add_argument("--workers", type=int, default=-1, help="tasks run at once (default: all)")
    parser.add_argument("--local-tasks", type=int, default=-1, help="tasks this machine runs (default: all)")
    parser.add_argument("--local-rank-offset", type=int, default=0, help="the first task this machine runs")
    parser.add_argument("--site", help="a newsscrape publisher slug: its pages only, with its profile")
    parser.add_argument("--domain", action="append", default=[], help="keep pages of this host (repeatable)")
    parser.add_argument("--since", help="skip articles published before this (30d, 2024-05-01)")
    parser.add_argument("--stories", metavar="FILE|URL", help="mark syndicated copies (story, copy_of) with the "
                        "index in this SQLite file (one machine) or redis:// URL (every machine)")
    parser.add_argument("--drop-copies", action="store_true", help="with --stories: drop copies of a known story")
    args = parser.parse_args()

    from datatrove.executor import LocalPipelineExecutor

    from newsscrape.errors import NewsscrapeError, UsageError

    try:
        if args.cc_news:
            listing = cc_news_paths(args.cc_news, args.cc_base)
        elif not Path(args.warcs).is_dir():
            raise UsageError(f"--warcs {args.warcs}: not a folder")
    except ValueError as exc:                                    # a month that is not YYYY-MM
        _fail(str(exc), 2)
    except NewsscrapeError as exc:                               # offline, no such month, no such folder
        _fail(str(exc), exc.exit_status)
    if args.cc_news:
        steps = pipeline(args.cc_base, args.out, paths_file=str(listing), site=args.site,
                         domains=tuple(args.domain), since=args.since, stories=args.stories,
                         drop_copies=args.drop_copies)
    else:
        steps = pipeline(args.warcs, args.out, glob="**/*.warc*", site=args.site, domains=tuple(args.domain),
                         since=args.since, stories=args.stories, drop_copies=args.drop_copies)
    LocalPipelineExecutor(steps, tasks=args.tasks, workers=args.workers, logging_dir=str(args.out / "logs"),
                          local_tasks=args.local_tasks, local_rank_offset=args.local_rank_offset).run()


def _fail(message: str, status: int) -> None:
    """One line on stderr and the status `newsscrape warc` gives for the same input (2 usage, 3 nothing)."""
    print(f"cc_news_datatrove: {message}", file=sys.stderr)
    raise SystemExit(status)


if __name__ == "__main__":
    main()
