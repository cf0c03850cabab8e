"""Extraction leaves nothing for the garbage collector: a page's tree is freed by reference counting
as soon as its record is made, not held in reference cycles until the collector's next pass (in the
crawl's extraction processes that pass cost about 0.4 ms a page, and a burst of large pages held
every one of their trees meanwhile)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import conftest
from conftest import PARA, article, extract_article, page
from newsscrape.record import Skipped
from newsscrape.run.page import FetchedPage, judge
from newsscrape.sites import GENERIC

URL = "https://news.example.com/a/1"
LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
      ' "headline": "الوزير يعلن تقدما", "datePublished": "2024-05-01T10:00:00+03:00"}, [{"@type": "WebPage"}]]}'
      '</script>')
READ_ALSO = '<div><a href="/a/2">الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات</a></div>'
SIMILAR = '<div class="related"><h3>مقالات ذات صلة</h3><ul><li><a href="/a/3">ارتفاع أسعار الذهب في الأسواق ' \
          'المحلية خلال الأسبوع</a></li><li><a href="/a/4">الأرصاد تتوقع أمطارا غزيرة على المناطق الشمالية</a>' \
          '</li></ul></div>'


def _garbage_of(work) -> Counter:
    """The objects ``work()`` leaves in reference cycles, by type."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        work()
        gc.collect()
        return Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()


_ARTICLE = article("<div><blockquote><p><b>كلام</b> منقول</p></blockquote></div>", READ_ALSO, after=SIMILAR, head=LD)
_NOT_ARTICLES = {
    "no article text": page("<p>قصير</p>"),
    "no elements": "<html></html>",
    "a title and nothing to read": page("<h1>عنوان</h1><main><div><span>نص</span></div></main>"),
    "text, but not an article": page(f"<h1>عنوان الخبر الرئيسي هنا اليوم</h1><p>{PARA[0]}</p>"),
}


def measure_all() -> dict[str, dict[str, int]]:
    """Every case's leftover cycles, by type (run in a fresh interpreter by the ``garbage`` fixture), each
    case run once before it is measured (first uses build caches and compile schemas, once)."""
    extract_article(_ARTICLE, url=URL)
    for html in _NOT_ARTICLES.values():
        _judge(html)
    out = {"article": dict(_garbage_of(lambda: extract_article(_ARTICLE, url=URL)))}
    for name, html in _NOT_ARTICLES.items():
        out[name] = dict(_garbage_of(lambda html=html: _judge(html)))
    return out


@pytest.fixture(scope="module")
def garbage() -> dict[str, dict[str, int]]:
    """Measured in a fresh interpreter: in one that ran other tests first (Scrapy's weakref callbacks, a
    reactor's threads), any collection also finds their garbage, and the count says nothing of ours."""
    here = Path(__file__).parent
    code = "import json, test_memory; print(json.dumps(test_memory.measure_all()))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here), str(conftest.ROOT / "tests")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=here, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_an_article_leaves_no_reference_cycles(garbage):
    rec = extract_article(_ARTICLE, url=URL)
    assert rec["related"] and rec["published"]          # the walks that once made cycles did run
    assert garbage["article"] == {}


@pytest.mark.parametrize("name", sorted(_NOT_ARTICLES))
def test_pages_that_give_no_article_leave_no_reference_cycles(name, garbage):
    assert isinstance(_judge(_NOT_ARTICLES[name]), Skipped)
    assert garbage[name] == {}


def _judge(html: str):
    return judge(FetchedPage(URL, html.encode(), "text/html; charset=utf-8", vouched=False), GENERIC)
