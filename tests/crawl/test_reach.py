"""Reach: any site from its homepage or one article URL, publishers by name. Loopback servers only."""

from __future__ import annotations

import os
import subprocess

import pytest

from conftest import FAST, article, page
from mirror import Mirror, news_sitemap, read_records, record_paths, rss


def _stories(m: Mirror, n: int = 4) -> list[str]:
    paths = []
    for i in range(n):
        path = f"/news/2024/05/0{i + 1}/story-{i}-a-long-enough-slug"
        head = f'<meta property="og:type" content="article"><link rel="canonical" href="{m.url(path)}">'
        m.add(path, article(title=f"خبر رقم {i} عن المحادثات بين الوفدين في العاصمة", head=head))
        paths.append(path)
    return paths


def _homepage(links: list[str] = (), head: str = "") -> str:
    items = "".join(f'<li><a href="{p}">عنوان خبر طويل بما يكفي ليبدو عنوانا {i}</a></li>' for i, p in enumerate(links))
    return page(f'<header><a href="/">الموقع</a></header><main><ul>{items}</ul></main>', head=head)


def _crawl(cli_path, target, out, *extra, env=None):
    return subprocess.run([*cli_path, "crawl", target, "-O", str(out), *FAST, *extra], capture_output=True,
                          text=True, timeout=120, env=env)


def _summary(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.startswith("newsscrape: ") and " fetched" in line][-1]


@pytest.fixture()
def m(mirror):
    return mirror


def test_homepage_with_only_robots_txt_sitemaps(m, cli_path, tmp_path):
    paths = _stories(m)
    m.add("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {m.url('/maps/news.xml')}\n", ctype="text/plain")
    m.add("/maps/news.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    m.add("/", _homepage())
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths)
    assert "robots_sitemaps=1" in _summary(r.stderr)
    assert "/sitemap.xml" not in m.hits                                 # the usual paths are not needed


def test_homepage_with_only_a_linked_feed(m, cli_path, tmp_path):
    paths = _stories(m)
    m.add("/feeds/all", rss(m, [(p, "t") for p in paths]), ctype="application/rss+xml")
    m.add("/", _homepage(head='<link rel="alternate" type="application/rss+xml" href="/feeds/all">'))
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths)
    assert "feeds_linked=1" in _summary(r.stderr)


def test_homepage_with_only_the_usual_paths(m, cli_path, tmp_path):
    paths = _stories(m)
    m.add("/news-sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    m.add("/", _homepage())
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths)
    assert "usual_paths_tried=6" in _summary(r.stderr) and "usual_paths_missing=5" in _summary(r.stderr)


def test_homepage_with_only_story_links(m, cli_path, tmp_path):
    paths = _stories(m)
    m.add("/", _homepage(paths))
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths)


@pytest.mark.parametrize("listing", ["/section?page=2", "/politics/", "/ar/news/economy"])
def test_a_listing_target_crawls_that_page_not_the_site(m, cli_path, tmp_path, listing):
    """A page the user named is not a homepage: its stories and its pagination, not the sitemaps of
    robots.txt, the linked feeds or the usual paths of the whole site."""
    paths = _stories(m, 6)
    m.add("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {m.url('/maps/news.xml')}\n", ctype="text/plain")
    m.add("/maps/news.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    feed = '<link rel="alternate" type="application/rss+xml" href="/sitemap.xml">'
    m.add(listing, _homepage(paths[:2], head=feed).replace("</main>", '<a rel="next" href="/more-3">التالي</a></main>'))
    m.add("/more-3", _homepage(paths[2:3]))
    r = _crawl(cli_path, m.url(listing), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths[:3])
    assert "/maps/news.xml" not in m.hits and "/sitemap.xml" not in m.hits


def test_a_page_that_refreshes_to_an_article_is_followed(m, cli_path, tmp_path):
    """Meta refresh is read from the page's bytes first (only pages saying "refresh" are decoded):
    an old address whose page refreshes, upper-case and after Arabic text, still leads to the article."""
    paths = _stories(m, 2)
    stub = page("<p>" + "نقل هذا الخبر إلى عنوان جديد " * 20 + "</p>",
                head=f'<title>خبر منقول</title><META HTTP-EQUIV="REFRESH" CONTENT="0; URL={paths[1]}">')
    m.add("/old/story-1", stub)
    m.add("/maps/news.xml", news_sitemap(m, [(paths[0], None), ("/old/story-1", None)]), ctype="application/xml")
    r = _crawl(cli_path, m.url("/maps/news.xml"), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert sorted(record_paths(read_records(tmp_path / "o.jsonl"))) == sorted(paths)
    assert m.hits.get("/old/story-1") == 1


def test_homepage_with_nothing_exits_3_saying_what_was_tried(m, cli_path, tmp_path):
    m.add("/", _homepage())
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl")
    assert r.returncode == 3, r.stderr
    line = next(x for x in r.stderr.splitlines() if "nothing to crawl" in x)
    assert "robots.txt" in line and "/sitemap.xml" in line and "feed" in line
    assert "Traceback" not in r.stderr


def test_an_article_url_is_written_alone(m, cli_path, tmp_path):
    paths = _stories(m)
    m.add(paths[0], article(title="خبر وحيد عن المحادثات بين الوفدين في العاصمة",
                            head='<meta property="og:type" content="article">',
                            after="".join(f'<a href="{p}">رابط إلى خبر آخر طويل العنوان هنا</a>' for p in paths[1:])))
    r = _crawl(cli_path, m.url(paths[0]), tmp_path / "o.jsonl")
    assert r.returncode == 0, r.stderr
    assert record_paths(read_records(tmp_path / "o.jsonl")) == [paths[0]]
    assert set(m.hits) <= {"/robots.txt", paths[0]}                       # robots.txt and the page, nothing else
    follow = _crawl(cli_path, m.url(paths[0]), tmp_path / "f.jsonl", "--follow")
    assert len(read_records(tmp_path / "f.jsonl")) == 4, follow.stderr


def test_site_profile_on_a_mirror_never_leaves_the_mirror(m, cli_path, tmp_path):
    paths = [f"/story/2024/5/{i}/slug/{100 + i}" for i in range(2)]        # youm7's article pattern
    for i, path in enumerate(paths):
        m.add(path, article(title=f"خبر رقم {i} عن المحادثات بين الوفدين في العاصمة"))
    real = [f"https://www.youm7.com/story/2024/5/{i}/x/{1000 + i}" for i in range(3)]
    m.add("/", _homepage(paths[:2] + real))
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy", "https_proxy")}
    env["http_proxy"] = env["https_proxy"] = m.base                       # anything leaving would reach us here
    r = _crawl(cli_path, m.url("/"), tmp_path / "o.jsonl", "--site", "youm7", env=env)
    from urllib.parse import urlsplit

    assert [u for u in m.proxied if urlsplit(u).hostname != "127.0.0.1"] == []
    assert len(read_records(tmp_path / "o.jsonl")) == 2
    assert r.returncode in (0, 1), r.stderr


def test_publishers_registry():
    from urllib.parse import urlsplit

    from newsscrape.sites import all_profiles, for_url, get, publishers

    entries = publishers()
    assert len(entries) >= 40
    slugs = [e["slug"] for e in entries]
    assert len(slugs) == len(set(slugs))
    for e in entries:
        assert e["name"] and e["name_latin"] and e["country"] and e["timezone"] and e["domains"]
        assert urlsplit(e["homepage"]).scheme in ("http", "https")
        assert get(e["slug"]).slug == e["slug"]
        for domain in e["domains"]:
            assert for_url(f"https://www.{domain}/news/1").slug == e["slug"], domain
        assert for_url(e["homepage"]).slug == e["slug"]
    assert sum(p.handmade for p in all_profiles()) == 8


def test_sites_lists_whether_a_profile_exists(cli_path):
    import json

    r = subprocess.run([*cli_path, "sites", "--json"], capture_output=True, text=True)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    by_slug = {row["slug"]: row for row in rows}
    assert by_slug["youm7"]["profile"] is True and by_slug["aljazeera"]["profile"] is False
    assert by_slug["aljazeera"]["discovery"] == ["homepage"] and by_slug["hespress"]["country"] == "MA"


def test_a_relative_cache_dir_is_where_the_user_is(m, cli_path, tmp_path):
    paths = _stories(m, 2)
    m.add("/maps/news.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    r = subprocess.run([*cli_path, "crawl", m.url("/maps/news.xml"), "-O", "o.jsonl", "--cache", "pages", *FAST],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert any((tmp_path / "pages").rglob("response_body")) and not (tmp_path / ".scrapy").exists()
    hits = dict(m.hits)
    again = subprocess.run([*cli_path, "crawl", m.url("/maps/news.xml"), "-O", "o.jsonl", "--cache", "pages", *FAST],
                           capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert again.returncode == 0 and len(read_records(tmp_path / "o.jsonl")) == 2
    assert m.hits == hits                                       # read from the cache, not fetched again
