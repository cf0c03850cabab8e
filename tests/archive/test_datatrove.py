"""newsscrape as a datatrove step: the example pipeline (2 tasks, 2 workers) over two WARCs built from
the corpus pages writes what `newsscrape warc` writes, counts what it skips, and does nothing twice."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import conftest
from mirror import build_warc, read_records

EXAMPLE = conftest.EXAMPLE


@pytest.fixture()
def warcs(arts, tmp_path):
    folder = tmp_path / "warcs"
    folder.mkdir()
    half = len(arts) // 2
    build_warc(folder / "a.warc.gz", arts[:half])
    build_warc(folder / "b.warc.gz", arts[half:], prefix="/b")
    return folder


def _pipeline(warcs: Path, out: Path) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, str(EXAMPLE), "--warcs", str(warcs), "--out", str(out), "--tasks", "2",
                        "--workers", "2"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return r


def _jsonl(out: Path) -> list[dict]:
    from newsscrape.datatrove import record_of

    return [record_of(json.loads(line)) for f in sorted((out / "jsonl").glob("*.jsonl.gz"))
            for line in gzip.open(f, "rt", encoding="utf-8")]


def _stats(out: Path) -> Counter:
    """newsscrape's counts over every step and task (datatrove's merged stats)."""
    counts: Counter = Counter()
    for step in json.loads((out / "logs" / "stats.json").read_text()):
        for key, value in step["stats"].items():
            if key.startswith(("skipped/", "errors/")) or key == "articles":
                counts[key] += value["total"] if isinstance(value, dict) else value
    return counts


def _summary_counts(stderr: str) -> Counter:
    line = stderr.strip().splitlines()[-1]
    counts: Counter = Counter({"articles": int(re.search(r"(\d+) articles? written", line).group(1))})
    for kind in ("skipped", "errors"):
        part = re.search(rf"{kind}: ([^;]*);", line).group(1)
        for item in part.split():
            if "=" in item:
                key, value = item.split("=")
                counts[f"{kind}/{key}"] = int(value)
    return counts


@pytest.fixture()
def reference(warcs, cli_path, tmp_path):
    """What `newsscrape warc` writes and counts on the same files."""
    out = tmp_path / "warc.jsonl"
    r = subprocess.run([*cli_path, "warc", str(warcs / "a.warc.gz"), str(warcs / "b.warc.gz"), "-O", str(out),
                        "--processes", "1"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return {rec["url"]: rec for rec in read_records(out)}, _summary_counts(r.stderr)


def test_the_pipeline_writes_exactly_what_newsscrape_warc_writes(warcs, reference, tmp_path):
    records, counts = reference
    out = tmp_path / "out"
    _pipeline(warcs, out)
    written = {rec["url"]: rec for rec in _jsonl(out)}
    assert len(written) == sum(1 for _ in _jsonl(out))                     # each article once
    assert set(written) == set(records) and len(records) >= 6               # the Arabic articles, no others
    for url, rec in records.items():
        assert written[url] == rec, url                                     # equal in every field
    stats = _stats(out)
    for key in ("skipped/not_arabic", "skipped/http_404", "skipped/not_html", "skipped/corrupt_gzip",
                "skipped/no_http_headers"):
        assert counts[key] >= 1, key                                        # the WARCs hold each case
    assert stats == counts                                                  # counted under the same reasons


def test_a_completed_pipeline_does_nothing_when_run_again(warcs, tmp_path):
    out = tmp_path / "out"
    _pipeline(warcs, out)
    files = sorted((out / "jsonl").glob("*")) + sorted((out / "parquet").glob("*"))
    before = {f: (f.stat().st_mtime_ns, f.read_bytes()) for f in files}
    again = _pipeline(warcs, out)
    assert "already been completed" in again.stderr, again.stderr[-2000:]
    assert {f: (f.stat().st_mtime_ns, f.read_bytes()) for f in files} == before
    assert len(list((out / "logs" / "completions").iterdir())) == 2


def test_the_parquet_output_loads_in_pandas_with_the_same_rows(warcs, reference, tmp_path):
    import pandas as pd

    from newsscrape.datatrove import record_of

    records, _ = reference
    out = tmp_path / "out"
    _pipeline(warcs, out)
    frame = pd.read_parquet(out / "parquet")
    assert len(frame) == len(records)
    rows = {rec["url"]: rec for rec in (record_of(row) for row in frame.to_dict("records"))}
    assert rows == records


def test_pages_that_are_no_articles_never_end_the_task():
    """Empty, binary and non-Arabic documents are counted under their reasons and the step goes on to
    the articles after them (one without an address is still an article, with url null)."""
    from datatrove.data import Document

    from conftest import article
    from newsscrape.datatrove import ArticleExtractor, record_of

    docs = [Document(text="", id="1", metadata={"url": "https://ar.example/a/1"}),
            Document(text="\x00\xff" * 500, id="2", metadata={"url": "https://ar.example/a/2"}),
            Document(text=article(), id="3", metadata={}),
            Document(text="<html><head><title>Talks</title></head><body><h1>Talks make progress</h1><p>"
                     + "Talks made progress today. " * 60 + "</p></body></html>", id="4",
                     metadata={"url": "https://en.example/a/4"}),
            Document(text=article(), id="5", metadata={"url": "https://ar.example/news/2024/05/01/a-5",
                                                       "date": "2024-05-01T10:00:00Z"})]
    step = ArticleExtractor()
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["3", "5"]
    assert record_of(out[0])["url"] is None
    rec = record_of(out[1])
    assert rec["url"] == "https://ar.example/news/2024/05/01/a-5" and rec["fetched_at"] == "2024-05-01T10:00:00+00:00"
    stats = {k: v.total for k, v in step.stats.stats.items()}
    assert stats["dropped"] == 3 and stats["forwarded"] == 2 and stats["articles"] == 2
    reasons = {k: v for k, v in stats.items() if k.startswith(("skipped/", "errors/"))}
    assert reasons == {"skipped/empty": 1, "skipped/binary": 1, "skipped/not_arabic": 1}


@pytest.mark.parametrize("args, status, words", [
    (["--cc-news", "2024-05", "--cc-base", "http://127.0.0.1:9"], 3, "127.0.0.1:9/crawl-data/CC-NEWS/2024/05"),
    (["--cc-news", "2024-13"], 2, "YYYY-MM"),
    (["--warcs", "/nonexistent-folder-of-warcs"], 2, "/nonexistent-folder-of-warcs"),
])
def test_the_example_says_what_is_wrong_in_one_line(args, status, words, tmp_path):
    """Offline, a month that does not exist, a folder that is not there: one line with the address or
    path, the status `newsscrape warc` gives, no traceback."""
    r = subprocess.run([sys.executable, str(EXAMPLE), *args, "--out", str(tmp_path / "out")], capture_output=True,
                       text=True, timeout=120)
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    assert r.returncode == status, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and words in r.stderr, r.stderr
