"""Source attribution where Arab newsrooms put it, on hand-made pages that vary the layout: a
dateline, a trailing tag, a credit line near the headline, an agency byline, JSON-LD. Never a copy
of a corpus page."""

from __future__ import annotations

import json

import pytest

from conftest import PARA, extract_article, page

URL = "https://news.example.net/2024/05/01/story-1234"
TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات"


def _page(paras: list[str], before: str = "", head: str = "", wrap: str = "div") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return page(f"<main><h1>{TITLE}</h1>{before}<{wrap}>{body}</{wrap}></main>", head=head)


@pytest.mark.parametrize("first, agency", [
    ("عمان (بترا) - " + PARA[0], "بترا"),
    ("الرياض - واس: " + PARA[0], "واس"),
    ("الدوحة (قنا) -- " + PARA[0], "قنا"),
    ("القاهرة (أ.ش.أ) - " + PARA[0], "أ.ش.أ"),
    ("الرباط (ومع) - " + PARA[0], "ومع"),
    ("دمشق، سوريا (CNN) -- " + PARA[0], "CNN"),
])
def test_dateline_in_first_sentence(first, agency):
    rec = extract_article(_page([first, *PARA[1:]]), url=URL)
    assert rec["source"] == agency
    assert rec["paragraphs"][0] == first                       # the dateline stays as written
    assert rec["source_text"] and first.startswith(rec["source_text"])


@pytest.mark.parametrize("tag, agency", [(" (قنا)", "قنا"), (" --(وام)", "وام"), (" - كونا", "كونا"),
                                         (". (د ب أ)", "د ب أ"), (" (الأناضول)", "الأناضول")])
def test_trailing_tag_becomes_the_source_and_leaves_the_body(tag, agency):
    last = PARA[3].rstrip(".") + tag
    rec = extract_article(_page([*PARA[:3], last], wrap="section"), url=URL)
    assert rec["source"] == agency
    assert agency not in rec["paragraphs"][-1] and rec["paragraphs"][-1].startswith(PARA[3][:40])


@pytest.mark.parametrize("line, agency", [("وكالات - القاهرة", "وكالات"), ("رويترز - دبي", "رويترز"),
                                          ("بيروت - أ ف ب", "أ ف ب")])
def test_credit_line_near_the_headline(line, agency):
    html = _page(PARA, before=f'<div><span>{line}</span> <time datetime="2024-05-01">1 مايو 2024</time></div>')
    rec = extract_article(html, url=URL)
    assert rec["source"] == agency and rec["source_text"] == line
    assert all(line not in p for p in rec["paragraphs"])


def test_agency_byline_is_the_source_not_an_author():
    rec = extract_article(_page(["كتب: وكالات", *PARA]), url=URL)
    assert rec["source"] == "وكالات" and rec["authors"] == []


def test_json_ld_agency_author_is_the_source():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "author": [{"@type": "Organization", "name": "وكالة الأنباء الأردنية"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    rec = extract_article(_page(PARA, head=head), url=URL)
    assert rec["source"] == "وكالة الأنباء الأردنية" and rec["authors"] == []


def test_no_agency_no_source():
    """A paragraph that mentions an agency mid-text is not an attribution."""
    paras = [PARA[0], "ونقلت وكالة رويترز عن مسؤول قوله إن الاتفاق قريب، وهو ما لم يتأكد بعد.", *PARA[1:]]
    assert extract_article(_page(paras), url=URL)["source"] is None


def test_author_slug_and_site_name_are_not_authors():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "author": [{"@type": "Person", "name": "newsdesk"}, {"@type": "Person", "name": "سارة أحمد"}]}
    head = (f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            '<meta property="og:site_name" content="أخبار المثال">')
    rec = extract_article(_page(PARA, head=head), url=URL)
    assert rec["authors"] == ["سارة أحمد"]


def test_label_and_value_in_separate_elements():
    html = _page([*PARA, "المصدر:", "موقع الأخبار الأول"])
    rec = extract_article(html, url=URL)
    assert rec["source"] == "موقع الأخبار الأول" and rec["paragraphs"] == PARA


def test_share_bar_words_are_not_body():
    rec = extract_article(_page([*PARA, "طباعة Email فيسبوك تويتر لينكدين واتساب"]), url=URL)
    assert rec["paragraphs"] == PARA
