"""Source attribution: labelled lines, agency tags in datelines and at the end, JSON-LD, self-credit."""

from __future__ import annotations

import pytest

from conftest import PARA, article, extract_article, page

URL = "https://news.example.com/a/1"


@pytest.mark.parametrize(("line", "name"), [
    ("المصدر: صدى البلد", "صدى البلد"),
    ("المصدر : وكالات", "وكالات"),
    ("مصدر الخبر: رويترز", "رويترز"),
    ("نقلاً عن: الجزيرة نت", "الجزيرة نت"),
    ("(أ ف ب)", "أ ف ب"),
    ("- أ ش أ", "أ ش أ"),
    ("وكالات", "وكالات"),
])
def test_attribution_line_at_the_end(line, name):
    rec = extract_article(article("", "", "", f"<p>{line}</p>"), url=URL)
    assert rec["source"] == name
    assert rec["source_text"] == line
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize(("dateline", "name"), [
    ("القاهرة (رويترز) - ", "رويترز"),
    ("دمشق، سوريا (CNN) -- ", "CNN"),
    ("باريس (أ ف ب) - ", "أ ف ب"),
])
def test_agency_in_the_dateline_stays_in_the_text(dateline, name):
    html = article().replace("<p>" + PARA[0], "<p>" + dateline + PARA[0])
    rec = extract_article(html, url=URL)
    assert rec["source"] == name
    assert rec["paragraphs"][0].startswith(dateline.strip())


def test_label_naming_the_publisher_itself_is_no_source():
    html = page('<article><h1>القائم بأعمال السفارة يثمن جهود الإمارات</h1><div class="content">'
                '<div class="metadata"><div class="source"><span class="label">المصدر:</span>'
                '<ul><li>(أبوظبي - البيان)</li></ul></div></div>'
                + "".join(f"<p>{p}</p>" for p in PARA) + "</div></article>",
                head='<meta property="og:site_name" content="البيان">')
    rec = extract_article(html, url="https://www.albayan.ae/x")
    assert rec["source"] is None
    assert rec["paragraphs"] == PARA


def test_no_attribution_means_null():
    assert extract_article(article(), url=URL)["source"] is None


def test_json_ld_source_organization():
    head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"headline":"الوزير يعلن تقدما في المحادثات مع الجانب الآخر","datePublished":"2024-05-01T10:00:00+03:00",'
            '"publisher":{"@type":"Organization","name":"موقعنا"},'
            '"sourceOrganization":{"@type":"Organization","name":"وكالة الأنباء الأردنية"}}</script>')
    assert extract_article(article(head=head), url=URL)["source"] == "وكالة الأنباء الأردنية"


def test_an_agency_named_as_json_ld_author_with_its_short_form_is_the_source():
    """The only credit is JSON-LD's author, an agency's organisation with its short form in brackets."""
    import json
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "عنوان الخبر",
                     "author": {"@type": "Organization", "name": "وكالة الأنباء العراقية (واع)"}}, ensure_ascii=False)
    html = page("<article><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1>"
                + "".join(f"<p>{p}</p>" for p in PARA) + "</article>",
                head=f'<script type="application/ld+json">{ld}</script>')
    assert extract_article(html, url="https://news.example.net/2024/05/01/story-1234")["source"] \
        == "وكالة الأنباء العراقية (واع)"
