"""Records a first-time user met wrong (issue 32, "Wrong records"), on hand-made pages."""

from __future__ import annotations

from conftest import PARA, extract_article, page

TITLE = "عنوان الخبر الرئيسي في الصفحة اليوم"
URL = "https://ex.com/news/1/story"


def _page(paras: list[str], head: str = "") -> str:
    return page(f"<main><h1>{TITLE}</h1><div>{''.join(paras)}</div></main>", head=head)


def test_share_text_inside_a_paragraph_is_not_body():
    share = (f'<p>{PARA[1]} <a href="https://www.facebook.com/sharer/sharer.php?u=x">شارك على فيسبوك</a> '
             f'<a href="https://api.whatsapp.com/send?text=x">واتساب</a></p>')
    rec = extract_article(_page([f"<p>{PARA[0]}</p>", share, f"<p>{PARA[2]}</p>"]), url=URL)
    assert rec["paragraphs"] == [PARA[0], PARA[1], PARA[2]]


def test_a_sentence_after_an_inline_read_also_link_stays_body():
    after = "وأضاف الوزير أن الخطة ستبدأ قريبا في كل المحافظات."
    inline = (f'<p>{PARA[2]} <strong>اقرأ أيضا:</strong> <a href="/news/9/other">وزير المالية يعلن موازنة العام '
              f'المقبل بزيادة</a>. {after}</p>')
    rec = extract_article(_page([f"<p>{p}</p>" for p in PARA[:2]] + [inline, f"<p>{PARA[3]}</p>"]), url=URL)
    assert rec["paragraphs"][2] == f"{PARA[2]} {after}"
    assert [(r["url"], r["kind"]) for r in rec["related"]] == [("https://ex.com/news/9/other", "read_also")]


def test_a_saved_page_without_url_resolves_links_on_its_canonical_url_and_never_lists_itself():
    head = '<link rel="canonical" href="https://ex.com/news/1/story">'
    links = ('<ul><li><a href="/news/2/x">خبر آخر عن الموضوع نفسه في المدينة اليوم</a></li>'
             '<li><a href="/news/1/story">عنوان الخبر الرئيسي في الصفحة اليوم نفسه</a></li>'
             '<li><a href="/news/3/y">خبر ثالث عن الموضوع نفسه في المدينة اليوم</a></li></ul>')
    rec = extract_article(_page([f"<p>{p}</p>" for p in PARA] + [links], head=head))
    assert {r["url"] for r in rec["related"]} == {"https://ex.com/news/2/x", "https://ex.com/news/3/y"}


def test_a_homepage_a_sitemap_lists_is_not_an_article():
    """Titled with the site's own name, or declared a collection of links: not an article, even vouched."""
    from newsscrape.extract import extract_page, refusal
    from newsscrape.sites import GENERIC

    furniture = [f"<p>{p}</p>" for p in PARA]
    site = '<title>أخبار المدينة</title><meta property="og:site_name" content="أخبار المدينة">'
    homepage = page(f"<main><h1>أخبار المدينة</h1><div>{''.join(furniture)}</div></main>", head=site)
    collection = page(f"<main><h1>{TITLE}</h1><div>{''.join(furniture)}</div></main>",
                      head='<script type="application/ld+json">{"@type": "CollectionPage", "name": "x"}</script>')
    for html in (homepage, collection):
        assert refusal(extract_page(html, "https://ex.com/section/city", GENERIC), GENERIC, vouched=True) \
            == "not_article"


def test_a_changed_article_never_keeps_a_modified_earlier_than_its_publication():
    from newsscrape.run.chain import _stale_modified

    rec = extract_article(_page([f"<p>{p}</p>" for p in PARA]), url=URL)
    published = "2024-05-12T09:00:00+03:00"
    assert _stale_modified(rec.evolve(published=published, modified="2024-05-10T08:00:00+03:00"))
    assert _stale_modified(rec.evolve(published=published, modified=None))
    assert not _stale_modified(rec.evolve(published=published, modified="2024-05-13T08:00:00+03:00"))


def test_a_read_also_line_after_the_last_paragraph_is_read_also():
    """The reader sees "اقرأ أيضاً" with a link in one line: read-also, even as the body's last line."""
    line = '<p><strong>اقرأ أيضا:</strong> <a href="/news/9/other">وزير المالية يعلن موازنة العام المقبل بزيادة</a></p>'
    rec = extract_article(_page([f"<p>{p}</p>" for p in PARA] + [line]), url=URL)
    assert [(r["url"], r["kind"]) for r in rec["related"]] == [("https://ex.com/news/9/other", "read_also")]
