"""run/keyset.KeySet: the crawl's memory of written articles and made requests, bounded in bytes a key."""

from __future__ import annotations

import tracemalloc

from hypothesis import given
from hypothesis import strategies as st

from newsscrape.run.keyset import KeySet


@given(st.one_of(st.tuples(st.lists(st.text(), max_size=300), st.lists(st.text(), max_size=50)),
                 st.tuples(st.lists(st.binary(), max_size=300), st.lists(st.binary(), max_size=50))))
def test_a_keyset_answers_as_a_set_does(lists):
    added, asked = lists
    keys, reference = KeySet(), set()
    for k in added:
        assert keys.add(k) == (k not in reference)
        reference.add(k)
    assert len(keys) == len(reference)
    assert all((k in keys) == (k in reference) for k in [*asked, *added])


def test_a_million_long_arabic_addresses_cost_at_most_32_bytes_each():
    """The crawl's sets held about 0.9 KB an article; a key here costs one 8-byte slot, at most 4 slots."""
    tracemalloc.start()
    keys = KeySet()
    path = "/ar/news/2024/05/01/" + "-".join(["الوزير", "يعلن", "تقدما", "في", "المحادثات"] * 6)
    for i in range(200_000):
        keys.add(f"example-news.com{path}-{i}")
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(keys) == 200_000
    assert size / 200_000 <= 32


def test_the_crawls_dupefilter_keeps_fingerprints_compact_and_still_filters():
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newsscrape.addon import POLICY
    from newsscrape.crawl.dupefilter import CompactDupeFilter

    assert POLICY["DUPEFILTER_CLASS"] == "newsscrape.crawl.dupefilter.CompactDupeFilter"
    df = CompactDupeFilter.from_crawler(get_crawler())
    assert isinstance(df._fingerprints, KeySet)
    seen = [df.request_seen(Request(u)) for u in ("https://a.example/1", "https://a.example/2",
                                                  "https://a.example/1", "https://a.example/1#x")]
    assert seen == [False, False, True, True]
