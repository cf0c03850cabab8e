"""Whole pages from the CMS families Arabic news runs on, written by hand from their public markup:
a WordPress news theme, Drupal, AMP, a client-rendered Next.js page, a JSON-LD-only shell, Blogger and
an old table portal. Each must give its title, its body, its date and never be refused. The same pages
are scored against their own gold by ``benchmarks/cms_pages.py``."""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import urljoin

import pytest

from conftest import PARA, ROOT, extract_article

TITLE = "وزارة الزراعة تطلق برنامجا جديدا لدعم صغار المزارعين في المحافظات"
DATE = "2024-05-12T09:23:00+03:00"
SITE = "بوابة الأخبار"
URL = "https://news.example.org/news/2024/05/12/agri-program-5521"


def _ps(paras=PARA) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _ld(**extra) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": DATE,
           "author": {"@type": "Person", "name": "سارة محمود"}, **extra}
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def wordpress() -> str:
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} &#8211; {SITE}</title><meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article"></head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead"><nav class="main-navigation"><ul><li><a href="/">الرئيسية</a></li>
<li><a href="/category/politics/">سياسة</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main"><article id="post-5521" class="post-5521 post type-post">
<header class="entry-header"><div class="jeg_meta_category"><a href="/category/economy/">اقتصاد</a></div>
<h1 class="entry-title">{TITLE}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="{DATE}">12 مايو، 2024</time></span>
<span class="byline"> بواسطة <span class="author vcard"><a href="/author/sara/">سارة محمود</a></span></span></div>
</header><div class="entry-content">{_ps()}
<div class="sharedaddy"><h3>شارك هذا:</h3><ul><li><a href="https://www.facebook.com/sharer.php?u=x">فيسبوك</a></li>
<li><a href="https://twitter.com/share?url=x">تويتر</a></li></ul></div></div>
<footer class="entry-footer"><span class="tags-links"><a href="/tag/agri/" rel="tag">زراعة</a></span></footer>
</article></main><aside id="secondary" class="widget-area"><section class="widget">
<h2 class="widget-title">أحدث المقالات</h2>
<ul><li><a href="/2024/05/11/x-1/">افتتاح معرض الكتاب الدولي بمشاركة مئات الناشرين العرب</a></li>
<li><a href="/2024/05/11/x-2/">المنتخب الوطني يتأهل إلى الدور النهائي من البطولة العربية</a></li></ul>
</section></aside></div><footer id="colophon">جميع الحقوق محفوظة © 2024</footer></div></body></html>"""


def drupal() -> str:
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} | {SITE}</title>
</head><body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">
<div class="layout-container"><header role="banner"><div class="region region-header">
<a href="/" rel="home">{SITE}</a></div></header><main role="main"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{TITLE}</span></h1>
<div class="node__meta"><span class="field field--name-uid"><span>سارة محمود</span></span>
<span class="field field--name-created">الأحد 12 مايو 2024 - 09:23</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">{_ps()}</div>
<div class="field field--name-field-tags field__items"><div class="field__item">
<a href="/taxonomy/term/12">زراعة</a></div></div></div></article></div></main>
<footer role="contentinfo"><div class="region region-footer">جميع الحقوق محفوظة</div></footer>
</div></div></body></html>"""


def amp() -> str:
    return f"""<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} - {SITE}</title><link rel="canonical" href="{URL}">
<script async src="https://cdn.ampproject.org/v0.js"></script>{_ld()}
<style amp-boilerplate>body{{visibility:hidden}}</style></head><body>
<header class="amp-header"><a href="/">{SITE}</a></header><main><article>
<h1 class="amp-title">{TITLE}</h1><div class="amp-meta"><time datetime="{DATE}">منذ ساعتين</time></div>
<amp-img src="/img/1.jpg" width="800" height="450" layout="responsive"></amp-img>
<div class="amp-body">{_ps()}</div>
<amp-social-share type="facebook"></amp-social-share></article></main></body></html>"""


def nextjs() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARA)
    state = {"props": {"pageProps": {"article": {"id": 5521, "title": TITLE, "publishedAt": DATE,
                                                 "author": {"name": "سارة محمود"}, "body": body,
                                                 "section": {"title": "اقتصاد"}}}},
             "page": "/news/[id]", "buildId": "x1"}
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{SITE}</title>
<meta name="next-head-count" content="3"></head><body><div id="__next"><div class="skeleton">جار التحميل...</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script></body></html>"""


def jsonld_only() -> str:
    return f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{SITE}</title>
{_ld(articleBody=chr(10).join(PARA))}</head><body><div id="root"></div><noscript>يرجى تفعيل جافا سكريبت</noscript>
</body></html>"""


def blogger() -> str:
    text = "<br /><br />".join(PARA)
    return f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>{SITE}: {TITLE}</title>
</head><body><div class="content-outer"><div class="main-inner"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>الأحد، 12 مايو 2024</span></h2>
<div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">{TITLE}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" itemprop="description articleBody">{text}<div style="clear: both;"></div></div>
<div class="post-footer"><span class="post-author vcard">بقلم <span class="fn">سارة محمود</span></span>
<span class="post-timestamp">في <a class="timestamp-link" href="{URL}"><abbr class="published" itemprop="datePublished"
 title="{DATE}">9:23 ص</abbr></a></span></div></div></div></div></div></div></div></body></html>"""


def table_portal() -> str:
    cells = "<br><br>".join(PARA)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{SITE} - أخبار - {TITLE}</title></head><body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0">
<tr><td colspan="2"><a href="/"><img src="/logo.gif" alt="{SITE}"></a></td></tr>
<tr><td width="160" valign="top"><a href="/news.asp">أخبار</a><br><a href="/sport.asp">رياضة</a></td>
<td valign="top"><table width="100%"><tr><td class="hd"><font size="4" color="#990000"><b>{TITLE}</b></font></td></tr>
<tr><td><font size="1" color="#666666">12/05/2024</font></td></tr>
<tr><td><font size="2" face="Tahoma">{cells}</font></td></tr></table></td></tr>
<tr><td colspan="2" align="center"><font size="1">جميع الحقوق محفوظة © {SITE}</font></td></tr></table></body></html>"""


PAGES = {"wordpress": wordpress, "drupal": drupal, "amp": amp, "nextjs": nextjs, "jsonld-only": jsonld_only,
         "blogger": blogger, "table-portal": table_portal}


@pytest.mark.parametrize("family", sorted(PAGES))
def test_a_cms_page_gives_its_article(family):
    rec = extract_article(PAGES[family](), url=URL, require_article=True)
    assert rec["title"] == TITLE
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert (rec["published"] or "")[:10] == DATE[:10]


def test_a_headline_set_on_two_lines_keeps_its_words_apart():
    html = f"<html><body><main><h1>وزارة الزراعة تطلق<br>برنامجا جديدا</h1><div>{_ps()}</div></main></body></html>"
    assert extract_article(html, url=URL)["title"] == "وزارة الزراعة تطلق برنامجا جديدا"


def test_a_title_with_the_site_and_section_in_front_keeps_the_headline():
    head = f'<title>{SITE} | سياسة | {TITLE}</title><meta property="og:site_name" content="{SITE}">'
    html = f"<html><head>{head}</head><body><div>{_ps()}</div></body></html>"
    assert extract_article(html, url=URL)["title"] == TITLE


@pytest.mark.parametrize("site", ["جريدة الرياض", "بوابة الأخبار", "Al Watan", "الرئيسية"])
def test_a_title_that_is_the_sites_name_alone_gives_way_to_the_h1(site):
    """A page whose <title> never changes (a site's name alone, an app shell's, an old portal's) and an <h1>
    of a headline's words that shares none with it: the <h1> is the headline (the site's name was). A linked
    <h1> is the site's logo and stays none."""
    html = (f'<html><head><meta charset="utf-8"><title>{site}</title></head><body><main><h1>{TITLE}</h1>'
            f"<div>{_ps()}</div></main></body></html>")
    assert extract_article(html, url=URL)["title"] == TITLE


def test_a_clock_alone_never_becomes_a_date():
    html = (f'<html><body><main><h1>{TITLE}</h1><span class="post-time">في 9:23 ص</span>'
            f"<div>{_ps()}</div></main></body></html>")
    assert extract_article(html, url="https://news.example.org/news/agri-program")["published"] is None


def test_a_written_date_with_no_class_and_no_machine_value_is_read():
    html = (f'<html><body><main><h1>{TITLE}</h1><div><span class="x7f3k">الأحد 12 مايو 2024 - 09:23</span></div>'
            f"<div>{_ps()}</div></main></body></html>")
    assert extract_article(html, url="https://news.example.org/news/agri-program")["published"][:10] == DATE[:10]


def _state_page(state: dict, script: str = "next") -> str:
    data = json.dumps(state, ensure_ascii=False)
    tag = (f'<script id="__NEXT_DATA__" type="application/json">{data}</script>' if script == "next"
           else f"<script>window.__INITIAL_STATE__ = {data};</script>")
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{SITE}</title></head>'
            f'<body><div id="app"></div>{tag}</body></html>')


@pytest.mark.parametrize("script", ["next", "assignment"])
@pytest.mark.parametrize("shape", ["wordpress-rest", "contentful", "portable-text", "blocks"])
def test_an_article_in_any_embedded_state_shape(shape, script):
    """Headless CMSs serialise a body as HTML in {"rendered": …} (WordPress' REST API), as a rich-text
    tree of nested nodes (Contentful), as blocks of spans (Sanity's Portable Text) or as a list of blocks."""
    body = {
        "wordpress-rest": {"rendered": _ps()},
        "contentful": {"nodeType": "document", "content": [
            {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": p, "marks": []}]} for p in PARA]},
        "portable-text": [{"_type": "block", "children": [{"_type": "span", "text": p}]} for p in PARA],
        "blocks": [{"type": "paragraph", "text": p} for p in PARA],
    }[shape]
    title = {"rendered": TITLE} if shape == "wordpress-rest" else TITLE
    state = {"props": {"pageProps": {"post": {"title": title, "date": DATE, "content": body, "slug": "agri"}}}}
    rec = extract_article(_state_page(state, script), url=URL)
    assert rec["title"] == TITLE
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["published"][:10] == DATE[:10]


@pytest.mark.parametrize("name", ["parsely-pub-date", "sailthru.date", "DC.date.issued", "publish-date"])
def test_a_publication_time_in_any_analytics_meta_tag(name):
    html = (f'<html><head><meta name="{name}" content="{DATE}"></head><body><main><h1>{TITLE}</h1>'
            f"<div>{_ps()}</div></main></body></html>")
    assert extract_article(html, url="https://news.example.org/news/agri-program")["published"][:10] == DATE[:10]


def test_the_benchmark_writes_every_family_with_its_gold(tmp_path):
    """README's `python benchmarks/cms_pages.py DIR`: one page and one gold record per family."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cms_pages.py"), str(tmp_path)], check=True,
                   capture_output=True, cwd=tmp_path)
    pages = sorted(p.parent.name for p in (tmp_path / "pages").rglob("*.html"))
    golds = sorted(p.parent.name for p in (tmp_path / "gold").rglob("*.json"))
    assert pages == golds == sorted(PAGES)


def _data_page(lines: list[str], where: str) -> str:
    """A page whose article is only data: ``lines`` as an app state's paragraph blocks ("state") or as
    JSON-LD's articleBody ("json-ld"), an empty body."""
    if where == "state":
        state = {"props": {"pageProps": {"post": {"title": TITLE, "date": DATE,
                                                  "content": [{"type": "paragraph", "text": p} for p in lines]}}}}
        return _state_page(state)
    return f'<html><head><meta charset="utf-8">{_ld(articleBody=chr(10).join(lines))}</head><body></body></html>'


@pytest.mark.parametrize("closing", ["(رويترز)", "المصدر: نبض الشارع", "كتب: وكالات"])
@pytest.mark.parametrize("where", ["state", "json-ld"])
def test_an_article_as_data_is_sorted_like_the_html_one(closing, where):
    """Paragraphs read from data go through the same sorting as the HTML's: a credit, a source line or a
    byline among them is no paragraph. (A held-out Next.js page whose body came only as blocks of its app
    state kept "(رويترز)" as its last paragraph, and no source.)"""
    lines = [*PARA, closing] if closing != "كتب: وكالات" else [closing, *PARA]
    rec = extract_article(_data_page(lines, where), url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["source"] == closing.split(": ")[-1].strip("()")


LINKED = ["البنك المركزي يبقي أسعار الفائدة دون تغيير للشهر الخامس", "وزير المالية يعلن موازنة جديدة للعام المقبل",
          "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"]


@pytest.mark.parametrize("cue", ["اقرأ أيضا:", "طالع كذلك ←", "لا تفوّت:"])
@pytest.mark.parametrize("heading", ["أخبار ذات صلة", "قصص متصلة", "مواضيع مرتبطة"])
@pytest.mark.parametrize("where", ["state", "json-ld"])
def test_related_lists_in_an_article_as_data_leave_its_body(cue, heading, where):
    """A body given only as data (JSON-LD's articleBody, an app state's blocks) runs a read-also line and the
    related list's heading and titles in with the text, as a dump does: they are read as a dump's are, titles
    with no address, and leave the body (they were its paragraphs)."""
    lines = [PARA[0], PARA[1], f"{cue} {LINKED[0]}", PARA[2], PARA[3], heading, LINKED[1], LINKED[2]]
    rec = extract_article(_data_page(lines, where), url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["kind"], r["title"], r["url"]) for r in rec["related"]] \
        == [("read_also", LINKED[0], None), ("similar", LINKED[1], None), ("similar", LINKED[2], None)]


@pytest.mark.parametrize("cue", ["اقرأ أيضا:", "شاهد أيضاً -"])
def test_related_titles_linked_in_a_body_given_as_html_data_keep_their_address(cue):
    """A body given as HTML in data ({"rendered": …}) links its read-also line and its related titles: each
    leaves the body with the address its link gives, resolved on the page's."""
    addresses = [f"/news/2024/05/0{n}/story-{n}" for n in range(3)]
    a = [f'<a href="{u}">{t}</a>' for u, t in zip(addresses, LINKED, strict=True)]
    html_body = "".join(f"<p>{x}</p>" for x in [PARA[0], PARA[1], f"{cue} {a[0]}", PARA[2], PARA[3],
                                                  "أخبار ذات صلة", a[1], a[2]])
    state = {"props": {"pageProps": {"post": {"title": {"rendered": TITLE}, "date": DATE,
                                              "content": {"rendered": html_body}}}}}
    rec = extract_article(_state_page(state), url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["title"], r["url"]) for r in rec["related"]] \
        == [(t, urljoin(URL, u)) for u, t in zip(addresses, LINKED, strict=True)]


def _rich_text(lines: list[tuple[str, str | None, str]], shape: str):
    """A rich-text body of ``(lead, address, text)`` lines in a headless CMS's shape: Contentful's nodes (a
    link is a hyperlink node with ``data.uri``) or Sanity's Portable Text (a link is a span's mark that names
    one of its block's ``markDefs``) or Prismic's blocks (a link is a span of the block's text, by its offsets)."""
    if shape == "contentful":
        def text(v):
            return {"nodeType": "text", "value": v, "marks": [], "data": {}}
        return {"nodeType": "document", "data": {}, "content": [
            {"nodeType": "paragraph", "data": {}, "content": [
                *([text(lead)] if lead else []),
                {"nodeType": "hyperlink", "data": {"uri": u}, "content": [text(t)]} if u else text(t)]}
            for lead, u, t in lines]}
    if shape == "prismic":
        return [{"type": "paragraph", "text": lead + t, "spans": [
            {"start": len(lead), "end": len(lead) + len(t), "type": "hyperlink", "data": {"url": u}}]
            if u else []} for lead, u, t in lines]
    return [{"_type": "block", "style": "normal", "markDefs": [{"_key": "m1", "_type": "link", "href": u}] if u else [],
             "children": [*([{"_type": "span", "text": lead, "marks": []}] if lead else []),
                          {"_type": "span", "text": t, "marks": ["m1"] if u else []}]} for lead, u, t in lines]


@pytest.mark.parametrize("shape", ["contentful", "portable-text", "prismic"])
@pytest.mark.parametrize("cue", ["اقرأ أيضا: ", "طالع كذلك ← "])
def test_links_in_a_rich_text_body_give_related_titles_their_address(shape, cue):
    """A rich-text body's link nodes (Contentful's hyperlink, Portable Text's link marks) give the read-also
    title and the related titles their address, as a body's HTML links do; the linked text runs in with its
    line."""
    addresses = [f"/news/2024/05/0{n}/story-{n}" for n in range(3)]
    lines = [("", None, PARA[0]), ("", None, PARA[1]), (cue, addresses[0], LINKED[0]), ("", None, PARA[2]),
             ("", None, PARA[3]), ("", None, "أخبار ذات صلة"), ("", addresses[1], LINKED[1]),
             ("", addresses[2], LINKED[2])]
    state = {"props": {"pageProps": {"post": {"title": TITLE, "date": DATE, "body": _rich_text(lines, shape)}}}}
    rec = extract_article(_state_page(state), url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["title"], r["url"], r["kind"]) for r in rec["related"]] \
        == [(t, urljoin(URL, u), k) for u, t, k in zip(addresses, LINKED, ["read_also", "similar", "similar"],
                                                        strict=True)]


def test_an_api_answer_kept_as_json_text_is_read_as_data():
    """SvelteKit keeps a fetched answer's body as JSON text inside its JSON ({"body": "{\\"title\\": …}"}): the
    text is decoded and walked, so the article's HTML and its links are read as written, not as escaped text."""
    address = "/news/2024/05/02/story-2"
    html_body = "".join(f"<p>{p}</p>" for p in PARA) + f'<h3>أخبار ذات صلة</h3><ul><li><a href="{address}">' \
        f"{LINKED[0]}</a></li></ul>"
    api = json.dumps({"title": TITLE, "date": DATE, "content": html_body}, ensure_ascii=False)
    fetched = json.dumps({"status": 200, "body": api}, ensure_ascii=False)
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><div></div>'
            f'<script type="application/json" data-sveltekit-fetched>{fetched}</script></body></html>')
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["title"], r["url"]) for r in rec["related"]] == [(LINKED[0], urljoin(URL, address))]
    assert rec["published"][:10] == DATE[:10]


@pytest.mark.parametrize("field", ["bodyHtml", "content", "html"])
def test_a_payload_of_values_that_refer_to_each_other_by_index_is_read(field):
    """Nuxt 3 keeps its state as one flat array whose objects name other entries by their index (devalue's
    format): the array is rebuilt with the entries in place of their indexes and read as any state is."""
    html_body = "".join(f"<p>{p}</p>" for p in PARA)
    payload = [["ShallowReactive", 1], {"data": 2, "state": 6}, {"story-5521": 3}, {"title": 4, "date": 5, field: 7},
               TITLE, DATE, {}, html_body]
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><div id="__nuxt"></div>'
            f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload, ensure_ascii=False)}</script>'
            "</body></html>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["title"] == TITLE and rec["published"][:10] == DATE[:10]


@pytest.mark.parametrize("mode", ["shadowrootmode", "shadowroot"])
def test_an_article_in_a_declarative_shadow_root_is_read(mode):
    """A web component's page rendered on the server keeps the component's content in a template that is its
    shadow root (``<template shadowrootmode="open">``): a browser shows it, so it is the page's, not a
    template's unused markup (the page had "no article text")."""
    inner = f"<style>p{{margin:0}}</style><article><h1>{TITLE}</h1>{_ps()}</article>"
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><news-story>'
            f'<template {mode}="open">{inner}</template></news-story><template id="row"><p>{PARA[0]}</p></template>'
            "</body></html>")
    rec = extract_article(html, url=URL)
    assert rec["title"] == TITLE
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


def _transfer_state(state: dict) -> str:
    """Angular's TransferState escaping: entities for the ampersand, quotes, an apostrophe and angle brackets."""
    raw = json.dumps(state, ensure_ascii=False)
    for char, entity in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        raw = raw.replace(char, entity)
    return raw


@pytest.mark.parametrize("key", ["bodyHtml", "content", "body"])
def test_an_article_in_angulars_transfer_state_is_read(key):
    """An Angular app whose HTML is a shell keeps its article in a TransferState script whose JSON is written with
    entities (&q; for a quote, &l; and &g; for angle brackets, &a; for the ampersand): unescaped, it is read as any
    state is, the text's own marks as written ("no article text" before)."""
    paras = [*PARA[:3], PARA[3].replace("،", " & «الطرف الآخر» 'أيضاً'،", 1)]
    state = {"news-5521": {"title": TITLE, "date": DATE, key: "".join(f"<p>{p}</p>" for p in paras)}}
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><app-root ng-version="12.2.0">'
            f'<div class="loading">...</div></app-root><script id="serverApp-state" type="application/json">'
            f"{_transfer_state(state)}</script></body></html>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in paras]
    assert rec["title"] == TITLE


STORIES = [("/news/2024/05/10/water-5510", "افتتاح محطة لمعالجة مياه الري في الجنوب"),
           ("/news/2024/05/08/seeds-5502", "توزيع بذور محسنة على المزارعين قبل موسم الزراعة"),
           ("/news/2024/05/02/loans-5490", "قروض ميسرة لأصحاب المشاريع الزراعية الصغيرة")]


@pytest.mark.parametrize(("key", "kind"), [("related", "similar"), ("relatedArticles", "similar"),
                                           ("similar_posts", "similar"), ("readAlso", "read_also"),
                                           ("mostRead", "more"), ("latest-news", "more"), ("items", None),
                                           ("menu", None)])
def test_a_states_story_lists_are_read_by_their_keys_words(key, kind):
    """A state-only page's story lists stand beside its article as lists of objects with a title and an address;
    a list's key, its words read as a heading's ("relatedArticles": related articles), tells its kind; a key
    that reads as no heading ("items", "menu") lists nothing of the story's."""
    items = [{"title": t, "url": u} for u, t in STORIES]
    state = {"props": {"pageProps": {"post": {"title": TITLE, "date": DATE, "content": _ps(), key: items}}}}
    rec = extract_article(_state_page(state), url=URL)
    got = [(r["url"], r["title"], r["kind"]) for r in rec["related"]]
    assert got == ([(urljoin(URL, u), t, kind) for u, t in STORIES] if kind else [])


@pytest.mark.parametrize("wrap", ["document", "article.data", "node.fields"])
def test_a_states_story_list_items_may_wrap_their_story(wrap):
    """A list item may wrap the story it lists, a level or two down, its title as rich text's blocks (Prismic's
    ``{"article": {"url": …, "data": {"title": [{"type": "heading1", "text": …}]}}}``): the title and the address
    are those the item holds, however deep."""
    outer, _, inner = wrap.partition(".")

    def item(u, t):
        title = {"title": [{"type": "heading1", "text": t, "spans": []}]}
        story = {"url": u, **({inner: title} if inner else title)}
        return {outer: story}
    state = {"props": {"pageProps": {"post": {"title": TITLE, "date": DATE, "content": _ps(),
                                              "relatedArticles": [item(u, t) for u, t in STORIES]}}}}
    rec = extract_article(_state_page(state), url=URL)
    assert [(r["url"], r["title"]) for r in rec["related"]] == [(urljoin(URL, u), t) for u, t in STORIES]


@pytest.mark.parametrize("gap", ["\n\n", "\n  \n", "\r\n\r\n", "\n\t\n\n"])
def test_a_body_kept_as_one_text_with_blank_lines_is_read_as_its_paragraphs(gap):
    """An old portal's body as one text shown with "white-space: pre-line", no <p> and no <br>: its blank lines
    part its paragraphs, and a read-also line among them ("اقرأ أيضا: <a>…</a>" then a blank line) is one as
    among <br>-broken lines."""
    u, t = STORIES[0]
    text = gap.join([PARA[0], PARA[1], f'اقرأ أيضا: <a href="{u}">{t}</a>', PARA[2], PARA[3]])
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><table><tr><td><h2>{TITLE}</h2>'
            f'<div style="white-space:pre-line">{text}</div></td></tr></table></body></html>')
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["url"], r["kind"]) for r in rec["related"]] == [(urljoin(URL, u), "read_also")]


@pytest.mark.parametrize("holder", ["noscript", "srcdoc"])
@pytest.mark.parametrize("pixel", [True, False])
def test_an_article_only_in_a_noscript_or_a_frames_own_markup_is_read(holder, pixel):
    """A page whose main is an empty mount keeps the article whole in a <noscript> fallback, or shows it in an
    <iframe srcdoc> (the document escaped in the attribute): with no article text anywhere else, that is read
    ("no article text" before); a tag manager's <noscript> frame beside it changes nothing."""
    from html import escape
    inner = f"<h1>{TITLE}</h1>{_ps()}"
    framed = escape(f"<html><body>{inner}</body></html>", quote=True)
    shown = (f"<noscript><article>{inner}</article></noscript>" if holder == "noscript"
             else f'<iframe title="story" srcdoc="{framed}"></iframe>')
    gtm = ('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe></noscript>' if pixel
           else "")
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{gtm}<header><a href="/">{SITE}</a>'
            f'</header><main><div id="mount"></div>{shown}</main></body></html>')
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


def test_a_noscript_copy_beside_the_article_is_never_read_twice():
    """A page that shows its article and keeps a copy of a paragraph in a <noscript> (a lazy block's fallback)
    reads the article once: the fallbacks are read only when there is no article text otherwise."""
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>{_ps()}'
            f"<noscript><p>{PARA[1]}</p></noscript></main></body></html>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


@pytest.mark.parametrize("split", [False, True])
def test_an_article_only_in_next_app_routers_flight_data_is_read(split):
    """A Next.js app router page whose HTML is a shell streams its data as text chunks pushed by scripts
    (``self.__next_f.push([1, "…"])``), lines of an id and a JSON value; the chunks joined (a line may be cut
    between two), the values are read as any state is: the article and its story lists ("no article text" before)."""
    state = {"post": {"headline": TITLE, "publishedAt": DATE, "bodyHtml": _ps(),
                      "relatedStories": [{"title": t, "url": u} for u, t in STORIES]}}
    flight = f'4:["$","main",null,{{"children":["$","$L5",null,{json.dumps(state, ensure_ascii=False)}]}}]\n'
    cut = len(flight) // 2 if split else len(flight)
    chunks = [[0], [1, '1:HL["/_next/static/css/a.css","style"]\n'], [1, flight[:cut]], [1, flight[cut:]]]
    pushes = "".join(f"<script>self.__next_f.push({json.dumps(c, ensure_ascii=False)})</script>" for c in chunks)
    html = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><main><div class="spinner"></div>'
            f"</main>{pushes}</body></html>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["title"] == TITLE
    assert [r["url"] for r in rec["related"]] == [urljoin(URL, u) for u, _ in STORIES]


@pytest.mark.parametrize("line", ["الأحد ٢٣ جمادى الآخرة ١٤٤٧ هـ - الموافق ١٤ ديسمبر ٢٠٢٥ - ١٠:٣٠ ص",
                                  "الثلاثاء 21 ربيع الآخر 1447 هـ الموافق 14 أكتوبر 2025 م - 09:15 مساء",
                                  "الأربعاء، ٢ رجب ١٤٤٧ هـ، الموافق ٢٤ ديسمبر ٢٠٢٥ م"])
def test_a_long_line_of_date_words_alone_is_no_paragraph(line):
    """A date line of two calendars and a clock, in any digits, is more than a short line's words but every word
    of it is a date's: it is no paragraph, and the dateline of the paragraph after it still opens the body."""
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>'
            f'<div>{line}</div><p>الرياض (واس) - {PARA[0]}</p>{_ps(PARA[1:])}</article></main></body></html>')
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"][0].startswith("الرياض (واس) - ") and len(rec["paragraphs"]) == len(PARA)
    assert rec["source"] == "واس"


@pytest.mark.parametrize("before", ['<p><a href="/">النقل اليوم - النسخة النصية</a></p>',
                                    "<p>الرئيسية » أخبار محلية</p>",
                                    '<div><a href="/">الرئيسية</a> | <a href="/local">محليات</a></div>'])
def test_what_stands_before_the_headline_in_the_bodys_container_is_no_paragraph(before):
    """A text-only edition's page is its body: the site's name, a menu, a breadcrumb before the headline are read in
    the same container as the article, and none of them is a paragraph of it."""
    html = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{before}<h2>{TITLE}</h2>'
            f"{_ps()}</body></html>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


def test_the_richer_cms_pages_give_their_gold(tmp_path):
    """README's `python benchmarks/cms_rich_pages.py DIR`: a hundred and eighty-nine pages that carry a source, a
    read-also line, a related list in their family's markup and a site-wide list; each gives its gold's body,
    source and related addresses."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cms_rich_pages.py"), str(tmp_path)], check=True,
                   capture_output=True, cwd=tmp_path)
    pages = sorted((tmp_path / "pages").rglob("*.html"))
    assert len(pages) == 189
    for page in pages:
        gold = json.loads((tmp_path / "gold" / page.parent.name / "story.json").read_text(encoding="utf-8"))
        rec = extract_article(page.read_bytes(), url=gold["url"])
        assert (rec["paragraphs"], rec["source"]) == (gold["paragraphs"], gold["source"]), page.parent.name
        if page.parent.name in RELATED_MISSES:
            continue
        assert {_tail(r) for r in rec["related"] if r["kind"] != "more"} == {_tail(r) for r in gold["related"]}, \
            page.parent.name


def _tail(item: dict) -> str:
    """A related item's address's last part, or its title when it has no address (a title given as text)."""
    return item["url"].rsplit("/", 1)[-1] if item["url"] else item["title"]


# Pages of the held-out sets whose related list is still read otherwise than their gold, and why (the README's
# "still missed"). A media centre's "أخبار أخرى" after the story lists its latest news; the same heading after
# a story is that story's list on other sites and in vary.py's variants, whose items share no word with the
# story either, so neither position nor topic tells them apart.
RELATED_MISSES = {"twenty-second-sitecore-media-centre"}


@pytest.mark.parametrize("script", ["cms_pages.py", "cms_rich_pages.py"])
def test_the_page_writers_give_help_and_write_nothing_when_asked_for_it(script, tmp_path):
    """`python benchmarks/cms_rich_pages.py --help` prints its usage; it took "--help" for the folder to write
    into and wrote ninety pages there."""
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--help"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0 and "usage" in done.stdout.lower()
    assert list(tmp_path.iterdir()) == []
