"""Exactly once on the side paths (issue 35): each item's failure, made small, failing first."""

from __future__ import annotations

import json

import pytest

from conftest import PARA, extract_article, page

TITLE = "عنوان الخبر الرئيسي في الصفحة اليوم"
BODY = "".join(f"<p>{p}</p>" for p in PARA)


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("where", ["ld+json", "next-data"])
def test_a_nested_script_never_costs_the_article(depth, where):
    """Item 6: a JSON-LD block (or an app state) nested past Python's stack beside a valid article."""
    deep = "[" * depth + "]" * depth
    script = (f'<script type="application/ld+json">{deep}</script>' if where == "ld+json"
              else f'<script id="__NEXT_DATA__" type="application/json">{{"a": {deep}}}</script>')
    html = page(f"<article><h1>{TITLE}</h1>{BODY}</article>",
                head=script + '<meta property="og:type" content="article">')
    rec = extract_article(html, url="https://ex.com/news/1/story")
    assert rec["paragraphs"] == PARA


def test_a_deep_graph_is_read_without_recursion():
    """@graph inside lists inside @graph, 450 levels: readable JSON, deeper than a recursive walk goes."""
    inner = json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-05-12T09:00:00+03:00"})
    graph = '{"@graph": [' * 450 + inner + "]}" * 450
    html = page(f"<article><h1>{TITLE}</h1>{BODY}</article>",
                head=f'<script type="application/ld+json">{graph}</script>')
    assert extract_article(html, url="https://ex.com/news/1/story")["paragraphs"] == PARA
