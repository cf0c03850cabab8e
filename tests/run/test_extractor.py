"""run/extractor.Extractor: the one front from a fetched page to a record, in a pool or in this process,
for the crawl, `newsscrape warc` and the datatrove step alike."""

from __future__ import annotations

import asyncio
import inspect

from conftest import PARA, page
from newsscrape.record import Article
from newsscrape.run.extractor import Extractor
from newsscrape.run.page import ExtractionOptions, FetchedPage
from newsscrape.sites import GENERIC

URL = "https://news.example.net/2024/05/01/talks-progress-1"
HTML = page("<article><h1>الوزير يعلن تقدّما في المحادثات الجارية</h1><div>"
            + "".join(f"<p>{p}</p>" for p in PARA) + "</div></article>").encode()


def test_a_page_gives_the_same_record_in_the_pool_and_here():
    fetched = FetchedPage(URL, HTML, "text/html; charset=utf-8", fetched_at="2024-05-01T10:00:00+00:00")
    here, pooled = Extractor(1), Extractor(2)
    try:
        a = here.judge(fetched, GENERIC)
        b = pooled.submit(fetched, GENERIC).result(timeout=60)
        c = asyncio.run(pooled.judge_async(fetched, GENERIC))
    finally:
        pooled.close()
    assert isinstance(a, Article) and a.to_json_line() == b.to_json_line() == c.to_json_line()


def test_options_and_origin_travel_with_the_page():
    archived = FetchedPage(URL, HTML, "text/html; charset=utf-8", origin="archive", vouched=False)
    assert archived.arabic_only and not FetchedPage(URL, HTML).arabic_only
    bare = Extractor(1, ExtractionOptions(strip_diacritics=True)).judge(archived, GENERIC)
    assert "تقدما" in bare.title and "تقدّما" not in bare.title


def test_every_path_extracts_through_it():
    from newsscrape import datatrove
    from newsscrape.archive import run as archive_run
    from newsscrape.crawl import extension, spider

    for module in (extension, archive_run, datatrove):
        assert "Extractor(" in inspect.getsource(module), module.__name__
    assert "make_pool" not in inspect.getsource(spider) + inspect.getsource(archive_run)
