"""End to end: the installed `newsscrape crawl` against a real HTTP server on 127.0.0.1 serving the
real corpus pages under their original paths, with discovery documents and failures written here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

import conftest
from mirror import Mirror, corpus_articles, news_sitemap, rss, section_page, sitemap_index

FAST = (*conftest.FAST, "-s", "DOWNLOAD_TIMEOUT=1")           # the shared options, a shorter timeout


@pytest.fixture(scope="module")
def site(shared):
    arts = corpus_articles(shared)
    m = Mirror().start()
    for a in arts:
        m.add(a.path, a.html)
    first, rest = arts[:5], arts[5:]
    m.add("/news-sitemap.xml", news_sitemap(m, [(a.path, a.published) for a in first]), ctype="application/xml")
    m.add("/news-sitemap-2.xml", news_sitemap(m, [(a.path, a.published) for a in rest]
                                              + [("/gone/404", None), ("/broken/500", None), ("/slow/1", None)]),
          ctype="application/xml")
    m.add("/sitemap_index.xml", sitemap_index(m, ["/news-sitemap.xml", "/news-sitemap-2.xml"]),
          ctype="application/xml")
    m.add("/rss.xml", rss(m, [(a.path, a.title) for a in arts[:3]]), ctype="application/rss+xml")
    m.add("/broken/500", "<h1>error</h1>", status=500)
    m.add("/slow/1", "<h1>late</h1>")
    m.slow["/slow/1"] = 2.5
    # Paginated section: page 1 links two articles, a non-article page and page 2; page 2 one more article.
    m.add("/video/2020/5/5/clip-only-page-77777", "<html><body><h1>فيديو</h1><video src='a.mp4'></video></body></html>")
    m.add("/section/news", section_page([(arts[0].path, arts[0].title), (arts[1].path, arts[1].title),
                                         ("/video/2020/5/5/clip-only-page-77777", "فيديو")], "/section/news?page=2"))
    m.add("/section/news?page=2", section_page([(arts[6].path, arts[6].title)], None))
    m.articles = arts
    yield m
    m.stop()


def crawl(cli_path, *args, timeout=120):
    return subprocess.run([*cli_path, "crawl", *args, *FAST], capture_output=True, text=True, timeout=timeout)


def lines(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def summary_line(stderr: str) -> str:
    return [ln for ln in stderr.splitlines() if ln.startswith("newsscrape: ")][-1]


def test_full_crawl_every_article_once(site, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    r = crawl(cli_path, site.url("/sitemap_index.xml"), site.url("/rss.xml"), site.url("/section/news"),
              "-O", str(out))
    recs = lines(out)
    urls = sorted(unquote(rec["url"]) for rec in recs)
    assert urls == sorted(site.url(a.path) for a in site.articles)
    assert len(urls) == len(set(urls)) == len(site.articles)
    assert all(rec["title"] and rec["paragraphs"] for rec in recs)
    assert not any("/section/" in u or "/video/" in u for u in urls)
    line = summary_line(r.stderr)
    assert "http_404=1" in line and "http_500=1" in line and "timeout=1" in line, line
    assert f"{len(site.articles)} articles written" in line
    assert r.returncode == 1, r.stderr[-2000:]           # done, with page errors
    assert site.hits.get("/broken/500", 0) == 3          # retried twice
    check = subprocess.run([*cli_path, "validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0 and f"{len(site.articles)} valid, 0 invalid" in check.stdout
    if shutil.which("jq"):
        jq = subprocess.run(["jq", "-c", ".title"], stdin=out.open(), capture_output=True, text=True)
        assert jq.returncode == 0 and len(jq.stdout.splitlines()) == len(recs)


def test_sitemap_target_one_line_per_article(site, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    r = crawl(cli_path, site.url("/news-sitemap.xml"), "-O", str(out))
    assert r.returncode == 0, r.stderr[-2000:]
    assert len(lines(out)) == 5
    assert "\\u0" not in out.read_text(encoding="utf-8")   # Arabic written as UTF-8


def test_limit(site, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    crawl(cli_path, site.url("/sitemap_index.xml"), "--limit", "3", "-O", str(out))
    assert len(lines(out)) == 3


def test_since_skips_old_articles_without_fetching_them(site, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    old = [a for a in site.articles if a.published and a.published < "2020"]
    assert old, "the corpus has pre-2020 articles"
    before = {a.path: site.hits.get(a.path, 0) for a in old}
    r = crawl(cli_path, site.url("/news-sitemap.xml"), site.url("/news-sitemap-2.xml"), "--since", "2020-01-01",
              "-O", str(out))
    recs = lines(out)
    assert all(rec["published"] is None or rec["published"] >= "2020" for rec in recs)
    assert len(recs) == len(site.articles) - len(old)
    assert "too_old=" in summary_line(r.stderr)
    assert all(site.hits.get(a.path, 0) == before[a.path] for a in old)


def test_append_and_stdout(site, cli_path, tmp_path):
    out = tmp_path / "out.jsonl"
    crawl(cli_path, site.url("/news-sitemap.xml"), "--limit", "1", "-o", str(out))
    crawl(cli_path, site.url("/news-sitemap.xml"), "--limit", "1", "-o", str(out))
    assert len(lines(out)) == 2
    r = crawl(cli_path, site.url("/news-sitemap.xml"), "--limit", "2")
    assert len([json.loads(x) for x in r.stdout.splitlines()]) == 2


def test_nothing_crawlable_exits_3(site, cli_path, tmp_path):
    r = crawl(cli_path, site.url("/no/such/sitemap.xml"), "-O", str(tmp_path / "o.jsonl"))
    assert r.returncode == 3, r.stderr[-1000:]
    assert "http_404=1" in summary_line(r.stderr)


def test_profile_applied_to_a_mirror(site, cli_path, tmp_path, shared):
    """--site applies a publisher's rules (article pattern, time zone) to a mirror's URLs."""
    youm7 = next(a for a in site.articles if a.site == "youm7")
    out = tmp_path / "o.jsonl"
    site.add("/youm7-sitemap.xml", news_sitemap(site, [(youm7.path, youm7.published)]), ctype="application/xml")
    r = crawl(cli_path, site.url("/youm7-sitemap.xml"), "--site", "youm7", "-O", str(out))
    assert r.returncode == 0, r.stderr[-1000:]
    (rec,) = lines(out)
    assert rec["site"] == "youm7" and rec["extractor"] == "youm7"


def test_usage_errors_are_one_line(cli_path, tmp_path):
    for args in (["nosuchsite"], ["youm7", "--since", "yesterday"], ["http://"],
                 ["youm7", "-o", str(tmp_path / "missing" / "x.jsonl")]):
        r = subprocess.run([*cli_path, "crawl", *args], capture_output=True, text=True)
        assert r.returncode == 2, (args, r.stderr)
        assert "Traceback" not in r.stderr and r.stderr.startswith("newsscrape crawl: ")
        assert len(r.stderr.strip().splitlines()) == 1


def test_scrapy_project_lists_the_spider():
    root = conftest.ROOT
    r = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=root, capture_output=True, text=True)
    assert r.stdout.split() == ["article"], r.stderr[-1000:]
