"""Related-article blocks, recognised by cue phrases in all their spellings, by class and by position."""

from __future__ import annotations

import random

import pytest

from conftest import PARA, article, extract_article

URL = "https://news.example.com/2024/05/01/story-1"
T1 = "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات"
T2 = "ارتفاع أسعار الذهب في الأسواق المحلية خلال الأسبوع"
T3 = "منتخب الشباب يتأهل إلى نهائي البطولة العربية"


def _links(*titles: str) -> str:
    return "".join(f'<li><a href="/2024/04/{i}/story-{i}">{t}</a></li>' for i, t in enumerate(titles, 2))


def _kinds(rec: dict) -> dict[str, str]:
    return {r["title"]: r["kind"] for r in rec["related"]}


@pytest.mark.parametrize("cue", ["اقرأ أيضاً", "إقرأ أيضا:", "اقرا ايضا", "اقـــرأ أيضًا", "طالع أيضا",
                                 "شاهد أيضاً", "اقرأ المزيد"])
def test_inline_read_also_cues(cue):
    block = f'<div class="box"><h3>{cue}</h3><ul>{_links(T1, T2)}</ul></div>'
    rec = extract_article(article(block), url=URL)
    assert _kinds(rec) == {T1: "read_also", T2: "read_also"}
    assert T1 not in rec["body"] and cue.split()[0] not in rec["body"]
    assert len(rec["paragraphs"]) == 4


@pytest.mark.parametrize("cue", ["مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات مشابهة",
                                 "أخبار متعلقة", "الموضوعات المتعلقة"])
def test_similar_after_the_article(cue):
    after = f'<section><p>{cue}</p><div>{_links(T1, T2, T3)}</div></section>'
    rec = extract_article(article(after=after), url=URL)
    assert _kinds(rec) == {T1: "similar", T2: "similar", T3: "similar"}


def test_read_also_cue_after_the_body_is_similar():
    """Kind follows position: a read-also list standing after the article is its related list."""
    after = f'<div id="Related"><h2><a>إقرأ أيضاً</a></h2><div>{_links(T1)}</div></div>'
    assert _kinds(extract_article(article(after=after), url=URL)) == {T1: "similar"}


def test_related_cue_between_paragraphs_is_read_also():
    block = f'<div><h4>مقالات ذات صلة</h4>{_links(T1)}</div>'
    assert _kinds(extract_article(article("", block), url=URL)) == {T1: "read_also"}


def test_site_wide_lists_are_more():
    after = f'<aside><h3>الأكثر قراءة</h3><ul>{_links(T1, T2)}</ul></aside>'
    rec = extract_article(article(after=after), url=URL)
    assert set(_kinds(rec).values()) == {"more"}


def test_inline_cue_and_link_in_one_paragraph():
    block = f'<p><strong>اقرأ أيضا:</strong> <a href="/2024/04/9/x">{T3}</a></p>'
    rec = extract_article(article(block), url=URL)
    assert _kinds(rec) == {T3: "read_also"}
    assert T3 not in rec["body"] and "اقرأ" not in rec["body"]


def test_cue_paragraph_followed_by_link_paragraphs():
    """A cue in its own <p> among body paragraphs takes only the link paragraphs after it."""
    block = f'<p>اقرأ أيضا</p><p><a href="/a/1">{T1}</a></p><p><a href="/a/2">{T2}</a></p>'
    rec = extract_article(article(block), url=URL)
    assert _kinds(rec) == {T1: "read_also", T2: "read_also"}
    assert len(rec["paragraphs"]) == 4


def test_lone_story_link_inside_body_is_read_also():
    block = f'<section><a href="/2024/02/26/other">{T2}</a><time datetime="2024-02-26">26 فبراير 2024</time></section>'
    rec = extract_article(article("", "", block), url=URL)
    assert _kinds(rec) == {T2: "read_also"}
    assert T2 not in rec["body"]


def test_links_inside_sentences_stay_in_the_body():
    para = f'<p>{PARA[0]} وقال <a href="/x">المرصد السوري لحقوق الإنسان</a> إن الاشتباكات تجددت.</p>'
    rec = extract_article(article(para), url=URL)
    assert rec["related"] == []
    assert "المرصد السوري لحقوق الإنسان" in rec["body"]


def test_topic_and_tag_links_are_not_articles():
    after = '<div><h3>مواضيع ذات صلة</h3><a href="/topics/c1">الشرق الأوسط والعالم العربي</a>' \
            '<a href="/tag/gaza">الحرب في قطاع غزة</a></div>'
    assert extract_article(article(after=after), url=URL)["related"] == []


def test_related_urls_are_absolute_and_deduplicated():
    after = f'<div class="related-posts"><h3>ذات صلة</h3><a href="/s/1"><img src="x.jpg"></a>' \
            f'<a href="/s/1">{T1}</a><a href="/s/1">{T1}</a></div>'
    rec = extract_article(article(after=after), url=URL)
    assert rec["related"] == [{"title": T1, "url": "https://news.example.com/s/1", "kind": "similar"}]


def test_links_resolve_against_each_pages_own_address():
    """The same hrefs on pages of two sites, and at two depths of one: each resolves against its own page."""
    after = f'<div class="related-posts"><h3>ذات صلة</h3><a href="/s/1">{T1}</a><a href="s/2">{T2}</a>' \
            f'<a href="https://other.example.org/s/3">{T1} أيضا</a></div>'
    urls = {u: [r["url"] for r in extract_article(article(after=after), url=u)["related"]]
            for u in ("https://news.example.com/a/b/1", "http://www.example.net/x/2", "https://news.example.com/c/3")}
    assert urls == {
        "https://news.example.com/a/b/1": ["https://news.example.com/s/1", "https://news.example.com/a/b/s/2",
                                           "https://other.example.org/s/3"],
        "http://www.example.net/x/2": ["http://www.example.net/s/1", "http://www.example.net/x/s/2",
                                       "https://other.example.org/s/3"],
        "https://news.example.com/c/3": ["https://news.example.com/s/1", "https://news.example.com/c/s/2",
                                         "https://other.example.org/s/3"],
    }


def test_the_class_prefilter_never_hides_a_related_class():
    """The cheap substring tests run before the pattern: every name the pattern accepts must pass them."""
    from newsscrape.extract.related import _RELATED_CLASS, maybe_related_class

    rng = random.Random(3)
    words = ["related", "Related-Posts", "read-also", "readalso", "READMORE", "read-more", "more-stories",
             "yarpp-list", "crp_related", "see-also", "also-read", "inline-related", "mostread", "Most-Read",
             "popular", "position-relative", "u-relative", "thread", "col-md-4", "w-100", "_", "-", "x"]
    names = [" ".join(rng.choice(words) + rng.choice(["", "-a", "_b", "X"]) for _ in range(rng.randint(1, 4)))
             for _ in range(3000)]
    accepted = [n for n in names if _RELATED_CLASS.search(n)]
    assert len(accepted) > 1000
    assert all(maybe_related_class(n) for n in accepted)
