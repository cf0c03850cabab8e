"""The crawl/extraction boundary: the profile the user chose reaches extraction, `extract` and the
crawl give the same verdict on a non-article page, and a user's own Scrapy spider gets newsscrape's
crawl through the add-on. Real processes against real servers on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import FAST, PARA, article, page
from mirror import Mirror, corpus_articles, read_records, section_page


def _summary(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.startswith("newsscrape:")][-1]


@pytest.fixture(scope="module")
def proxy(shared):
    """The mirror as a forward HTTP proxy: requests for the publishers' real hosts are answered on
    127.0.0.1 with the saved pages, so URLs keep their real host (and pick their real profile)."""
    m = Mirror().start()
    arts = {a.site: a for a in corpus_articles(shared)}
    m.add(arts["youm7"].path, arts["youm7"].html)
    yield m, arts["youm7"]
    m.stop()


@pytest.mark.corpus
@pytest.mark.parametrize("site, extractor", [(None, "youm7"), ("generic", "generic"), ("youm7", "youm7")])
def test_site_choice_reaches_extraction(proxy, cli_path, tmp_path, site, extractor):
    mirror, art = proxy
    url = "http://www.youm7.com" + art.path
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy", "https_proxy")}
    env["http_proxy"] = mirror.base
    out = tmp_path / "out.jsonl"
    cmd = [*cli_path, "crawl", url, "-O", str(out), *FAST] + (["--site", site] if site else [])
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    records = read_records(out)
    assert r.returncode == 0, r.stderr
    assert len(records) == 1 and records[0]["extractor"] == extractor
    assert records[0]["site"] == (None if extractor == "generic" else extractor)
    # extract, given the same choice, agrees with the crawl
    saved = tmp_path / "page.html"
    saved.write_bytes(art.html)
    e = subprocess.run([*cli_path, "extract", str(saved), "--url", url] + (["--site", site] if site else []),
                       capture_output=True, text=True, timeout=60)
    assert json.loads(e.stdout)["extractor"] == extractor


def _listing_page() -> str:
    """A homepage-like page: teaser cards, each a link and a sentence, no article of its own."""
    cards = "".join(f'<article class="card"><h3><a href="/2024/05/0{i}/story-{i}">عنوان الخبر رقم {i}</a></h3>'
                    f"<p>{PARA[i % 4][:80]}</p></article>" for i in range(1, 7))
    return page(f'<header><h1><a href="/">موقع الأخبار</a></h1></header><main>{cards}</main>')


def test_extract_and_crawl_refuse_a_listing_for_the_same_reason(cli_path, tmp_path):
    m = Mirror().start()
    try:
        m.add("/2024/05/01/a-long-enough-path-to-look-like-a-story-12345", _listing_page())
        m.add("/2024/05/02/the-real-story-67890", article(title="القصة الحقيقية الوحيدة في القسم"))
        m.add("/section", section_page([("/2024/05/01/a-long-enough-path-to-look-like-a-story-12345", "أ"),
                                        ("/2024/05/02/the-real-story-67890", "ب")], None))
        out = tmp_path / "out.jsonl"
        r = subprocess.run([*cli_path, "crawl", m.url("/section"), "-O", str(out), *FAST],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        assert [rec["title"] for rec in read_records(out)] == ["القصة الحقيقية الوحيدة في القسم"]
        assert "not_article=1" in _summary(r.stderr)

        saved = tmp_path / "listing.html"
        saved.write_text(_listing_page(), encoding="utf-8")
        e = subprocess.run([*cli_path, "extract", str(saved)], capture_output=True, text=True, timeout=60)
        assert e.returncode == 1 and e.stdout == ""
        assert "not_article" in e.stderr and len(e.stderr.strip().splitlines()) == 1
        forced = subprocess.run([*cli_path, "extract", str(saved), "--force"], capture_output=True, text=True,
                                timeout=60)
        assert forced.returncode == 0 and json.loads(forced.stdout)["paragraphs"]
    finally:
        m.stop()


USER_SPIDER = '''
import scrapy

import newsscrape


class MySpider(scrapy.Spider):
    """A user's own spider: its own link following, newsscrape's extraction and crawl policy."""

    name = "mine"
    custom_settings = {{"ADDONS": {{"newsscrape.addon.NewsscrapeAddon": 0}},
                       "NEWSSCRAPE_STATE": {state!r}, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}}
    start_urls = [{start!r}]

    def parse(self, response):
        for href in response.css("ul a::attr(href)").getall():
            yield response.follow(href, self.parse_article)

    def parse_article(self, response):
        yield newsscrape.extract_response(response)
'''


def test_user_spider_with_the_addon(cli_path, tmp_path):
    m = Mirror().start()
    try:
        titles = [f"خبر اختبار رقم {i} عن المحادثات الجارية بين الوفدين" for i in range(3)]
        links = []
        for i, title in enumerate(titles):
            path = f"/news/2024/05/0{i + 1}/story-{i}"
            m.add(path, article(title=title, head=f'<link rel="canonical" href="{m.url(path)}">'))
            links.append((path, title))
        links.append((links[0][0] + "?utm_source=home", titles[0]))     # the same article, another address
        m.add(links[-1][0], article(title=titles[0], head=f'<link rel="canonical" href="{m.url(links[0][0])}">'))
        m.add("/video/9", page("<h1>فيديو</h1><video src='v.mp4'></video>"))
        links.append(("/video/9", "فيديو"))
        m.add("/", section_page(links, None))
        state = tmp_path / "state.sqlite"
        spider = tmp_path / "myspider.py"
        spider.write_text(textwrap.dedent(USER_SPIDER.format(state=str(state), start=m.url("/"))), encoding="utf-8")
        out = tmp_path / "out.jsonl"
        scrapy = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-O", str(out), "-L", "WARNING"]
        r = subprocess.run(scrapy, capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        records = read_records(out)
        assert sorted(rec["title"] for rec in records) == sorted(titles)          # each once
        valid = subprocess.run([*cli_path, "validate", str(out)], capture_output=True, text=True)
        assert valid.returncode == 0, valid.stdout + valid.stderr
        assert all(rec["fetched_at"] and rec["extractor"] == "generic" for rec in records)
        summary = _summary(r.stderr)
        assert "duplicate=1" in summary and "no_article_text=1" in summary
        assert "User-Agent" not in r.stderr and '"paragraphs"' not in r.stderr    # no record dumps
        assert m.hits.get("/robots.txt") == 1                                     # polite defaults on

        again = subprocess.run(scrapy, capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert read_records(out) == [] and "seen_before=" in _summary(again.stderr)
    finally:
        m.stop()


def test_user_agent_is_newsscrapes(tmp_path):
    """The add-on's polite defaults reach a bare Scrapy settings object, and a project's own wins."""
    from scrapy.settings import Settings

    from newsscrape.addon import NewsscrapeAddon

    s = Settings()
    NewsscrapeAddon().update_settings(s)
    assert s["USER_AGENT"].startswith("newsscrape/") and s.getbool("ROBOTSTXT_OBEY")
    from newsscrape.crawl.pipelines import RecordPipeline

    assert RecordPipeline in s.getdict("ITEM_PIPELINES")
    own = Settings({"CONCURRENT_REQUESTS_PER_DOMAIN": 1})
    NewsscrapeAddon().update_settings(own)
    assert own.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert Path(__file__).exists()
