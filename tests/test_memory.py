"""Extraction leaves nothing for the garbage collector: a page's tree is freed by reference counting
as soon as its record is made, not held in reference cycles until the collector's next pass (in the
crawl's extraction processes that pass cost about 0.4 ms a page, and a burst of large pages held
every one of their trees meanwhile)."""

from __future__ import annotations

import gc
from collections import Counter

import pytest

from conftest import PARA, article, extract_article, page
from newsscrape.record import Skipped
from newsscrape.run.page import judge
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


def test_an_article_leaves_no_reference_cycles():
    html = article("<div><blockquote><p><b>كلام</b> منقول</p></blockquote></div>", READ_ALSO, after=SIMILAR, head=LD)
    rec = extract_article(html, url=URL)
    assert rec["related"] and rec["published"]          # the walks that once made cycles did run
    assert _garbage_of(lambda: extract_article(html, url=URL)) == Counter()


@pytest.mark.parametrize("html", [
    page("<p>قصير</p>"),                                               # no article text
    "<html></html>",                                                   # no elements
    page("<h1>عنوان</h1><main><div><span>نص</span></div></main>"),        # a title and nothing to read
    page(f"<h1>عنوان الخبر الرئيسي هنا اليوم</h1><p>{PARA[0]}</p>"),   # text, but not an article
])
def test_pages_that_give_no_article_leave_no_reference_cycles(html):
    assert isinstance(_judge(html), Skipped)
    assert _garbage_of(lambda: _judge(html)) == Counter()


def _judge(html: str):
    return judge(html.encode(), URL, GENERIC, content_type="text/html; charset=utf-8", vouched=False)
