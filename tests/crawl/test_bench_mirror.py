"""The benchmarks' mirror (benchmarks/crawl.py) serves every page it is asked for through its sitemaps:
a large mirror lists its pages in several sitemaps under an index, as a large site does, so that no
sitemap passes the crawl's page budget and the run measures what it says."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

from conftest import FAST, ROOT


def test_a_mirror_larger_than_one_sitemap_is_crawled_whole(shared, cli_path, tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import crawl as bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    monkeypatch.setattr(bench, "SITEMAP_URLS", 4)        # 10 pages: three sitemaps under an index
    port = tmp_path / "port"
    threading.Thread(target=bench.serve, args=(shared, 10, port), daemon=True).start()
    while not port.exists() or not port.read_text():
        time.sleep(0.05)
    out = tmp_path / "out.jsonl"
    subprocess.run([*cli_path, "crawl", f"http://127.0.0.1:{port.read_text()}/sitemap.xml", "-O", str(out), *FAST],
                   check=True, capture_output=True, cwd=tmp_path, timeout=120)
    urls = {json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert len(urls) == 10
