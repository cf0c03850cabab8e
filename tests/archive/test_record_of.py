"""newsscrape.datatrove.record_of on what a user has in hand: a raw JSONL line, a parsed one, a record
newsscrape itself wrote (issue 32: the README's merging recipe raised on a raw line)."""

from __future__ import annotations

import json

import pytest

from conftest import PARA, extract_article, page

pytest.importorskip("datatrove")


def test_a_raw_line_a_parsed_line_and_a_newsscrape_record_give_the_same_record():
    from newsscrape.datatrove import record_of

    html = page(f"<article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{''.join(f'<p>{p}</p>' for p in PARA)}"
                "</article>", head='<meta property="og:type" content="article">')
    record = dict(extract_article(html, url="https://ex.com/news/1/story"))
    line = json.dumps({"text": "\n\n".join(record["paragraphs"]), "id": record["url"],
                       "metadata": {k: v for k, v in record.items() if k != "paragraphs"}}, ensure_ascii=False)
    assert record_of(line) == record_of(json.loads(line)) == record
    assert record_of(json.dumps(record, ensure_ascii=False)) == record
