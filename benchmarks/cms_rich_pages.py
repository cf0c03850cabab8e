#!/usr/bin/env python3
"""Write thirty-five held-out sets of richer CMS pages with their gold records, for score.py.

    python benchmarks/cms_rich_pages.py OUT && python ../shared/eval/score.py --gold OUT/gold --pages OUT/pages \
        --tool newsscrape-generic

Where ``cms_pages.py`` writes one plain article per CMS family, these pages carry what the extractor must
separate: a source (a label with no mark, a dateline, a bracketed tag, a credit in an app state's blocks),
an inline read-also line, a related list in the family's own markup (Jetpack, YARPP cards with excerpts,
Drupal views, an AMP carousel, CSS-module boxes, Blogger widgets, a table portal's rows) and a site-wide
list that must stay out of it; one portal page is windows-1256; one body is split around an ad. Each set was written before it was scored
and scored once; its misses were then fixed by their shape. Pages are ``OUT/pages/<set>-<family>/story.html``.
"""

from __future__ import annotations

import argparse
import html as _html
import json
import re
import textwrap
import zlib
from pathlib import Path


def _gold(**fields) -> dict:
    return {**fields, "related": [{"title": t, "url": u, "kind": k} for (u, t), k in fields["related"]],
            "authors": []}


def _with_gold(pages: dict, *, url: str, title: str, paragraphs: list[str], published: str,
               first: dict | None = None) -> dict[str, tuple[str | bytes, dict]]:
    """Each page, given as (html, source, related[, published]), with its gold record; ``first`` holds the
    dateline a page's first paragraph opens with."""
    first = first or {}
    return {n: (html, _gold(url=url, title=title, paragraphs=[first.get(n, "") + paragraphs[0], *paragraphs[1:]],
                            source=src, related=rel, published=rest[0] if rest else published))
            for n, (html, src, rel, *rest) in pages.items()}


def _paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in items)


def li(links: list[tuple[str, str]]) -> str:
    """List items of (address, title) links."""
    return "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links)


def _head(title: str, published: str) -> str:
    """A page's head: its charset, its title, its publication time."""
    return f'<meta charset="utf-8"><title>{title}</title><meta property="article:published_time" content="{published}">'


def _top(head: str, site: str, nav: list[tuple[str, str]]) -> str:
    """A page's opening: the document, its head, and a header of the site's name and its sections."""
    links = "".join(f'<a href="{u}">{t}</a>' for u, t in nav)
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body><header><a href="/">{site}</a>\n'
            f"    <nav>{links}</nav></header>")


def _most_read(items: list[tuple[str, str]]) -> str:
    """The site-wide "most read" box in a sidebar."""
    return """<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>""" + li(items) + """</ul></aside>"""


def first_set() -> dict[str, tuple[str | bytes, dict]]:
    """WordPress with Jetpack, Drupal views, AMP, Next.js CSS modules, a JSON-LD shell, Blogger, a portal."""
    pages: dict = {}
    T = "ارتفاع أسعار القمح في الأسواق العالمية بعد موجة جفاف تضرب مناطق الإنتاج"
    D = "2025-03-04T14:10:00+02:00"
    P = [
     "سجلت أسعار القمح في البورصات العالمية ارتفاعا ملحوظا خلال تعاملات الأسبوع الجاري، مدفوعة بمخاوف من تراجع الإنتاج في عدد من الدول المصدرة الكبرى بسبب موجة جفاف طويلة.",
     "وقال متعاملون في أسواق السلع إن العقود الآجلة للقمح صعدت بنحو ستة في المئة منذ بداية الشهر، في أكبر زيادة أسبوعية منذ أكثر من عام، وسط توقعات بمزيد من التقلبات.",
     "وأشار تقرير صادر عن منظمة الأغذية والزراعة إلى أن المخزونات العالمية من الحبوب تراجعت إلى أدنى مستوياتها في خمس سنوات، مما يزيد الضغوط على الدول المستوردة في المنطقة العربية.",
     "ويتوقع خبراء أن تلجأ حكومات عدة إلى زيادة الدعم المخصص للخبز وتنويع مصادر الاستيراد، في حين دعت منظمات دولية إلى تعزيز الاستثمار في الزراعة المقاومة للجفاف.",
    ]
    RA = ("/economy/2025/03/02/bread-subsidy-9912", "الحكومة تدرس رفع دعم الخبز مع زيادة تكاليف الاستيراد")
    REL = [("/economy/2025/03/01/corn-prices-9901", "أسعار الذرة تتراجع في ختام تعاملات الأسبوع الماضي"),
           ("/economy/2025/02/27/fao-report-9876", "الفاو تحذر من أزمة غذاء في عدد من الدول النامية"),
           ("/economy/2025/02/25/grain-ships-9850", "وصول شحنات جديدة من الحبوب إلى الموانئ المحلية")]
    MOST = [("/sport/2025/03/03/final-9920", "المنتخب يفوز بالمباراة النهائية ويحرز لقب البطولة الإقليمية"),
            ("/culture/2025/03/03/film-9921", "فيلم عربي يحصد جائزة أفضل إخراج في مهرجان دولي للسينما")]
    SITE = "الوطن الاقتصادي"
    def ld(**kw):
        o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": D, **kw}
        return f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>'
    ps = _paragraphs
    # 1 WordPress with tagDiv-like theme, inline read-also, source label, Jetpack related
    pages["wp-jetpack"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} - {SITE}</title>
    <meta property="og:site_name" content="{SITE}"><meta property="article:published_time" content="{D}"></head>
    <body class="single single-post"><div class="td-container"><div class="td-crumb-container"><a href="/">الرئيسية</a> › <a href="/economy/">اقتصاد</a></div>
    <article class="post type-post"><header class="td-post-title"><h1 class="entry-title">{T}</h1>
    <div class="td-module-meta-info"><time class="entry-date" datetime="{D}">4 مارس 2025</time></div></header>
    <div class="td-post-content">{ps(P[:2])}<p><strong>طالع أيضا: </strong><a href="{RA[0]}">{RA[1]}</a></p>{ps(P[2:])}
    <p>المصدر : وكالة الأنباء الألمانية</p></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>ذو صلة</em></h3>
    <div class="jp-relatedposts-items jp-relatedposts-items-visual">""" + "".join(
    f'<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="{u}"><img src="/i{i}.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{u}">{t}</a></h4><p class="jp-relatedposts-post-date">مارس {i+1}, 2025</p></div>' for i,(u,t) in enumerate(REL)) +
    """</div></div></article><aside class="td-sidebar"><div class="widget"><h4 class="block-title">الأكثر مشاهدة</h4><ul>""" + "".join(f'<li><a href="{u}">{t}</a></li>' for u,t in MOST) + """</ul></div></aside></div>
    <footer>© 2025 جميع الحقوق محفوظة</footer></body></html>""", "وكالة الأنباء الألمانية", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 2 Drupal with dateline agency, views related block
    pages["drupal-views"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | {SITE}</title></head>
    <body class="page-node-type-article"><div class="layout-container"><header role="banner"><a href="/" rel="home">{SITE}</a>
    <nav><ul class="menu"><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
    <main role="main"><article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span>{T}</span></h1>
    <div class="node__meta"><span class="field--name-created">الثلاثاء 4 مارس 2025 - 14:10</span></div>
    <div class="field field--name-body field__item"><p>عمّان - بترا - {P[0]}</p>{ps(P[1:])}</div></article>
    <div class="block block-views block-views-blockrelated-content-block-1"><h2 class="block-title">أخبار متعلقة</h2>
    <div class="view view-related-content"><div class="view-content">""" + "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{u}" hreflang="ar">{t}</a></span></div></div>' for u,t in REL) +
    """</div></div></div><div class="block"><h2>الأكثر قراءة</h2><div class="item-list"><ul>""" + "".join(f'<li><a href="{u}">{t}</a></li>' for u,t in MOST) + """</ul></div></div></main>
    <footer role="contentinfo">جميع الحقوق محفوظة</footer></div></body></html>""", "بترا", [(r, "similar") for r in REL])
    # 3 AMP with trailing agency in brackets, related amp carousel of cards
    pages["amp-cards"] = (f"""<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <link rel="canonical" href="https://www.example-news.net/economy/2025/03/04/wheat-9930">{ld()}</head><body>
    <header><a href="/">{SITE}</a></header><article><h1>{T}</h1><div class="meta"><time datetime="{D}">قبل ساعة</time></div>
    <amp-img src="/img/w.jpg" width="800" height="450" layout="responsive"></amp-img>
    <div class="article-body">{ps(P[:3])}<p>{P[3]} (الأناضول)</p></div>
    <section class="related"><h3>موضوعات قد تهمك</h3><amp-carousel type="carousel" height="220" layout="fixed-height">""" + "".join(
    f'<a class="card" href="{u}"><amp-img src="/c{i}.jpg" width="200" height="120"></amp-img><span class="card-title">{t}</span></a>' for i,(u,t) in enumerate(REL)) +
    """</amp-carousel></section></article><footer>جميع الحقوق محفوظة</footer></body></html>""", "الأناضول", [(r, "similar") for r in REL])
    # 4 Next.js page with CSS-module classes, source credit line in a span before body end, aside related
    nd = json.dumps({"props": {"pageProps": {"article": {"title": T, "publishedAt": D}}}, "page": "/[section]/[slug]", "buildId": "x1"}, ensure_ascii=False)
    pages["next-modules"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | {SITE}</title>
    <meta property="og:title" content="{T}"><meta property="article:published_time" content="{D}"></head><body><div id="__next">
    <div class="Layout_wrap__a1b2c"><header class="Header_bar__x9y8z"><a href="/">{SITE}</a></header>
    <main class="Article_main__q1w2e"><h1 class="Article_title__k3l4m">{T}</h1><div class="Article_meta__z5x6c"><span>4 مارس 2025</span></div>
    <div class="Article_body__p0o9i">{ps(P[:2])}<div class="Article_inline__r4t5y"><span>اقرأ كذلك</span><a href="{RA[0]}">{RA[1]}</a></div>{ps(P[2:])}</div>
    <div class="Article_source__u7i8o"><span class="Article_label__v1b2n">المصدر</span><span>سكاي نيوز عربية</span></div>
    <aside class="Related_box__m3n4b"><div class="Related_head__c5v6x">مواضيع ذات علاقة</div>""" + "".join(f'<a class="Related_item__g7h8j" href="{u}"><div>{t}</div></a>' for u,t in REL) +
    f"""</aside></main><footer class="Footer_f__d1s2a">© {SITE}</footer></div></div>
    <script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>""", "سكاي نيوز عربية", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 5 JSON-LD-only shell: body in articleBody with dateline agency
    body = "\n\n".join(["الرياض (واس) – " + P[0]] + P[1:])
    pages["jsonld-shell"] = (f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{T}</title>
    {ld(articleBody=body, author={"@type": "Organization", "name": SITE})}</head><body><div id="root"><noscript>يرجى تفعيل جافاسكربت</noscript></div>
    <script src="/static/js/main.js"></script></body></html>""", "واس", [])
    # 6 Blogger with <br> separated body, source after, related posts widget list
    pages["blogger-br"] = (f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>{SITE}: {T}</title></head>
    <body class="item-view"><div class="main-inner"><div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry">
    <h3 class="post-title entry-title">{T}</h3><div class="post-header"><abbr class="published" title="{D}">مارس 04, 2025</abbr></div>
    <div class="post-body entry-content" id="post-body-77123">{P[0]}<br /><br />{P[1]}<br /><br /><b>إقرأ المزيد: <a href="{RA[0]}">{RA[1]}</a></b><br /><br />{P[2]}<br /><br />{P[3]}<br /><br />نقلا عن: الشرق الأوسط<div style="clear: both;"></div></div>
    <div class="related-posts"><h4>تدوينات ذات صلة</h4><ul>""" + "".join(f'<li><a href="{u}">{t}</a></li>' for u,t in REL) +
    """</ul></div><div class="post-footer"><span class="post-labels">التسميات: <a href="/search/label/x" rel="tag">اقتصاد</a></span></div>
    </div></div></div></div><div class="sidebar"><div class="widget PopularPosts"><h2>المشاركات الشائعة</h2><ul>""" + "".join(f'<li><a href="{u}">{t}</a></li>' for u,t in MOST) + """</ul></div></div></body></html>""",
     "الشرق الأوسط", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 7 old table portal, br body, source label with colon spaced, related table
    pages["table-portal"] = (f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{SITE} - {T}</title></head>
    <body><table width="100%"><tr><td class="menu"><a href="/">الرئيسية</a> | <a href="/cat.php?id=2">اقتصاد</a></td></tr>
    <tr><td><table width="760"><tr><td class="title"><font size="4"><b>{T}</b></font></td></tr>
    <tr><td class="date">تاريخ النشر : 04/03/2025 - 02:10 م</td></tr>
    <tr><td class="text"><font size="3">{P[0]}<br><br>{P[1]}<br><br>{P[2]}<br><br>{P[3]}<br><br>( رويترز )</font></td></tr>
    <tr><td><table><tr><td class="rel_head"><b>أخبار ذات علاقة :</b></td></tr>""" + "".join(f'<tr><td>» <a href="{u.replace("/economy/","/news.php?id=").split("/")[0]}news.php?id={u[-4:]}">{t}</a></td></tr>' for u,t in REL) +
    """</table></td></tr></table></td></tr><tr><td class="footer">جميع الحقوق محفوظة</td></tr></table></body></html>""", "رويترز",
     [((f"news.php?id={u[-4:]}", t), "similar") for u,t in REL])

    FIRST = {"drupal-views": "عمّان - بترا - ", "jsonld-shell": "الرياض (واس) – "}
    return _with_gold(pages, url="https://www.example-news.net/economy/2025/03/04/wheat-9930", title=T, paragraphs=P,
                      published=D, first=FIRST)


def second_set() -> dict[str, tuple[str | bytes, dict]]:
    """YARPP cards with excerpts, Drupal fields, a windows-1256 portal, a Next.js app state, Blogger divs."""
    pages: dict = {}
    T = "افتتاح أول محطة لتحلية مياه البحر بالطاقة الشمسية على ساحل البحر الأحمر"
    D = "2025-06-18T08:45:00+03:00"
    P = [
     "افتتحت الحكومة صباح اليوم أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية بالكامل، بطاقة إنتاجية تبلغ ستين ألف متر مكعب يوميا، في خطوة تهدف إلى تأمين مياه الشرب لنحو نصف مليون نسمة.",
     "وقال وزير المياه خلال حفل الافتتاح إن المشروع استغرق ثلاث سنوات من العمل المتواصل، وإن تكلفته بلغت نحو مئتي مليون دولار جرى تمويلها بالشراكة مع القطاع الخاص.",
     "مراحل التنفيذ",
     "وأوضح الوزير أن المرحلة الثانية من المشروع ستبدأ مطلع العام المقبل، وتشمل إنشاء خطوط نقل تربط المحطة بالمدن الساحلية المجاورة، إضافة إلى خزانات استراتيجية.",
     "ويرى خبراء في قطاع الطاقة أن الاعتماد على الشمس في تشغيل محطات التحلية سيخفض تكاليف الإنتاج بنسبة كبيرة، ويقلل الانبعاثات الناتجة عن محطات الوقود التقليدية.",
    ]
    SUB = 2
    RA = ("/local/2025/06/15/water-cuts-4410", "انقطاع المياه عن أحياء في العاصمة بسبب أعمال صيانة")
    REL = [("/local/2025/06/12/solar-farm-4388", "توقيع اتفاقية لإنشاء مزرعة طاقة شمسية في الجنوب", "وقعت الحكومة اتفاقية مع شركة دولية لإنشاء مزرعة شمسية بقدرة كبيرة."),
           ("/local/2025/06/10/dam-4371", "بدء أعمال صيانة السد الرئيسي قبل موسم الأمطار", "أعلنت وزارة المياه بدء أعمال صيانة شاملة للسد الرئيسي."),
           ("/local/2025/06/08/wells-4350", "حفر آبار جديدة لتزويد القرى النائية بمياه الشرب", "تنفذ الوزارة مشروعا لحفر عشرات الآبار في المناطق الريفية.")]
    MOST = [("/sport/2025/06/17/cup-4420", "الفريق الأول يتأهل إلى نصف نهائي كأس البطولة بعد فوز مثير"),
            ("/arts/2025/06/17/fest-4421", "انطلاق مهرجان الفنون الشعبية بمشاركة فرق من عشر دول عربية")]
    SITE = "صوت الساحل"
    def ps(items, sub_tag="h2"):
        return "".join(f"<{sub_tag}>{p}</{sub_tag}>" if i == SUB else f"<p>{p}</p>" for i, p in enumerate(items))
    URLC = "https://www.sawt-sahel.example/local/2025/06/18/desal-4425"
    # 1 WP with YARPP inside entry-content, cards with excerpts, h3 subheading, trailing '(وكالات)' in <em>
    pages["wp-yarpp"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | {SITE}</title>
    <link rel="canonical" href="{URLC}"><meta property="article:published_time" content="{D}"></head>
    <body class="single"><div class="wrap"><header class="site-header"><a href="/">{SITE}</a></header><div class="content-area">
    <article class="post"><h1 class="post-title">{T}</h1><div class="post-meta"><span class="date">18 يونيو 2025</span></div>
    <div class="entry-content">{ps(P[:2], "h3")}<div class="inline-related"><span>اقرأ المزيد:</span> <a href="{RA[0]}">{RA[1]}</a></div>
    <h3>{P[2]}</h3>{ps(P[3:])}<p><em>(وكالات)</em></p>
    <div class="yarpp yarpp-related"><h3>مواد ذات صلة:</h3><div class="yarpp-thumbnails-horizontal">""" + "".join(
    f'<div class="yarpp-thumbnail"><a href="{u}" rel="bookmark"><img src="/t{i}.jpg" alt="{t}"></a><h4><a href="{u}">{t}</a></h4><p>{e}</p></div>' for i,(u,t,e) in enumerate(REL)) +
    """</div></div></div></article></div><aside class="sidebar"><h3>الأكثر قراءة</h3><ol>""" + "".join(f'<li><a href="{u}">{t}</a></li>' for u,t in MOST) + f"""</ol></aside></div><footer>© {SITE}</footer></body></html>""",
     "وكالات", [((RA[0], RA[1]), "read_also")] + [((u,t), "similar") for u,t,e in REL], D)
    # 2 Drupal: body in divs, field source label/value apart, most-read inside the node region after body
    pages["drupal-fields"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | {SITE}</title></head>
    <body><div class="layout-container"><main><article class="node node--type-news"><h1><span>{T}</span></h1>
    <div class="field field--name-field-date">الأربعاء ١٨ يونيو ٢٠٢٥ - ٠٨:٤٥ صباحاً</div>
    <div class="field field--name-body">""" + "".join(f"<div><strong>{p}</strong></div>" if i == SUB else f"<div>{p}</div>" for i,p in enumerate(P)) + """</div>
    <div class="field field--name-field-source"><div class="field__label">مصدر الخبر</div><div class="field__item">صحيفة الخليج</div></div>
    <section class="block-related"><h2>قد يهمك أيضاً</h2>""" + "".join(f'<div class="views-row"><a href="{u}">{t}</a><div class="teaser">{e}</div></div>' for u,t,e in REL) +
    """</section><section class="block-popular"><h2>الأكثر قراءة</h2>""" + "".join(f'<div class="views-row"><a href="{u}">{t}</a></div>' for u,t in MOST) + """</section>
    </article></main><footer>جميع الحقوق محفوظة</footer></div></body></html>""", "صحيفة الخليج", [((u,t), "similar") for u,t,e in REL], "2025-06-18T08:45:00")
    # 3 old portal in windows-1256 with Arabic-Indic date, source label with spaced colon
    html3 = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>{SITE} :: {T}</title></head>
    <body><table width="100%" border="0"><tr><td class="nav"><a href="/">الرئيسية</a> - <a href="/sec.asp?id=3">محليات</a></td></tr>
    <tr><td><table><tr><td><span class="ttl">{T}</span></td></tr><tr><td class="dt">بتاريخ : 18/6/2025</td></tr>
    <tr><td class="bd"><p>{P[0]}</p><p>{P[1]}</p><p><b>{P[2]}</b></p><p>{P[3]}</p><p>{P[4]}</p><p>المصدر&nbsp;:&nbsp;وكالة الأنباء العمانية</p></td></tr>
    <tr><td><b>اخبار ذات صلة</b><br>""" + "".join(f'<img src="/arr.gif"> <a href="/show.asp?nid={u[-4:]}">{t}</a><br>' for u,t,e in REL) + """</td></tr>
    </table></td></tr><tr><td class="ft">جميع الحقوق محفوظة</td></tr></table></body></html>"""
    pages["portal-1256"] = (html3.encode("cp1256"), "وكالة الأنباء العمانية", [((f"/show.asp?nid={u[-4:]}", t), "similar") for u,t,e in REL], "2025-06-18")
    # 4 Next.js with body only in __NEXT_DATA__ blocks (client-rendered), related from html aside
    blocks = [{"type": "paragraph", "text": p} if i != SUB else {"type": "heading", "text": p} for i,p in enumerate(P)] + [{"type": "paragraph", "text": "(رويترز)"}]
    nd = json.dumps({"props": {"pageProps": {"article": {"headline": T, "published": D, "content": blocks}}}, "page": "/article/[id]", "buildId": "b7"}, ensure_ascii=False)
    pages["next-state"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <meta property="og:title" content="{T}"><meta property="article:published_time" content="{D}"></head><body><div id="__next"><header><a href="/">{SITE}</a></header>
    <main><h1>{T}</h1><div class="skeleton"></div></main></div>
    <script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>""", "رويترز", [], D)
    # 5 Blogger: text-only date, body as divs with <br>, related via heading 'مواضيع مشابهة' as a plain div list
    pages["blogger-div"] = (f"""<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>{T}</title></head>
    <body><div class="outer"><div class="post"><h2 class="post-title"><a href="{URLC}">{T}</a></h2>
    <div class="post-meta"><span>الأربعاء، 18 يونيو 2025</span></div><div class="post-body">
    <div>{P[0]}</div><div><br></div><div>{P[1]}</div><div><br></div><h4>{P[2]}</h4><div>{P[3]}</div><div><br></div><div>{P[4]}</div>
    <div><br></div><div style="text-align:left">نقلا عن موقع العربي الجديد</div></div>
    <div class="similar"><div class="sim-head">مواضيع مشابهة</div>""" + "".join(f'<div class="sim"><a href="{u}">{t}</a></div>' for u,t,e in REL) + """</div>
    <div class="labels">التصنيفات: <a href="/search/label/local">محليات</a></div></div>
    <div class="side"><div class="PopularPosts"><b>الأكثر زيارة</b>""" + "".join(f'<div><a href="{u}">{t}</a></div>' for u,t in MOST) + """</div></div></div></body></html>""",
     "موقع العربي الجديد", [((u,t), "similar") for u,t,e in REL], "2025-06-18")

    FIRST = {}
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D, first=FIRST)


def third_set() -> dict[str, tuple[str | bytes, dict]]:
    """Joomla, Ghost, a body split around an ad, Arc XP, an ASP.NET label page."""
    pages: dict = {}
    T = "انطلاق فعاليات معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر عربية وأجنبية"
    D = "2025-09-21T10:30:00+03:00"
    P = [
     "انطلقت صباح اليوم فعاليات الدورة الجديدة من معرض الكتاب الدولي، بمشاركة أكثر من ألف دار نشر من ثلاثين دولة عربية وأجنبية، وسط إقبال كبير من الزوار في يومه الأول.",
     "وقال رئيس اللجنة المنظمة إن المعرض يضم هذا العام جناحا خاصا بكتب الأطفال، إضافة إلى برنامج ثقافي يشمل ندوات وأمسيات شعرية وورش عمل في الترجمة والنشر الرقمي.",
     "وأضاف أن إدارة المعرض خصصت حافلات مجانية لنقل الزوار من وسط المدينة، كما أتاحت شراء التذاكر إلكترونيا لتخفيف الازدحام عند البوابات الرئيسية.",
     "ويستمر المعرض عشرة أيام، ويختتم بحفل توزيع جوائز الإبداع الأدبي التي تمنح لأفضل رواية ومجموعة قصصية وديوان شعر صدرت خلال العام الماضي.",
    ]
    RA = ("/culture/2025/09/19/translation-award-7710", "إعلان القائمة القصيرة لجائزة الترجمة في دورتها الخامسة")
    REL = [("/culture/2025/09/18/poetry-night-7702", "أمسية شعرية تجمع شعراء من خمس دول عربية في العاصمة"),
           ("/culture/2025/09/16/library-7690", "افتتاح مكتبة عامة جديدة تضم مئة ألف عنوان في المدينة القديمة"),
           ("/culture/2025/09/14/publishers-7681", "اتحاد الناشرين يطالب بتخفيض رسوم الشحن على الكتب")]
    MOST = [("/sport/2025/09/20/derby-7720", "الفريق الأحمر يحسم الديربي بهدفين ويعتلي صدارة الدوري المحلي"),
            ("/tech/2025/09/20/phone-7721", "شركة ناشئة محلية تطلق تطبيقا لتعليم البرمجة للأطفال بالعربية")]
    SITE = "نافذة الثقافة"
    URLC = "https://www.nafitha.example/culture/2025/09/21/book-fair-7725"
    ps = _paragraphs
    # 1 Joomla: itemprop articleBody, dl.article-info, source 'وكالة الأنباء الكويتية (كونا)' in em after body, related module 'مقالات ذات صلة' list
    pages["joomla"] = (f"""<!DOCTYPE html><html lang="ar-aa" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <link href="{URLC}" rel="canonical"></head><body class="site com_content view-article"><div class="container">
    <nav class="navigation"><ul class="nav menu"><li><a href="/">الرئيسية</a></li><li><a href="/culture">ثقافة</a></li></ul></nav>
    <main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{T}</h2></div>
    <dl class="article-info muted"><dd class="published"><time datetime="{D}" itemprop="datePublished">21 أيلول/سبتمبر 2025</time></dd><dd class="hits">الزيارات: 312</dd></dl>
    <div itemprop="articleBody">{ps(P[:2])}<p><span>للمزيد اقرأ: </span><a href="{RA[0]}">{RA[1]}</a></p>{ps(P[2:])}<p><em>المصدر: وكالة الأنباء الكويتية</em></p></div>
    <ul class="pager pagenav"><li class="previous"><a href="/culture/2025/09/20/x" rel="prev">السابق</a></li></ul></div></main>
    <div class="moduletable"><h3>مقالات ذات صلة</h3><ul class="relateditems mod-list">{li(REL)}</ul></div>
    <div class="moduletable"><h3>الأكثر قراءة</h3><ul class="mostread mod-list">{li(MOST)}</ul></div></div></body></html>""",
     "وكالة الأنباء الكويتية", [(RA, "read_also")] + [(r, "similar") for r in REL], D)
    # 2 Ghost: gh-content, kg-cards, trailing tag as separate p '— (د ب أ)', related 'قراءات أخرى' cards
    pages["ghost"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <meta property="og:type" content="article"><meta property="article:published_time" content="{D}"></head><body class="post-template">
    <div class="gh-site"><header class="gh-head"><a class="gh-head-logo" href="/">{SITE}</a></header><main class="gh-main">
    <article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">{T}</h1></header>
    <section class="gh-content gh-canvas">{ps(P)}<figure class="kg-card kg-image-card"><img src="/i.jpg"><figcaption>جانب من المعرض (تصوير: أحمد علي)</figcaption></figure><p>— (د ب أ)</p></section></article>
    <section class="gh-readmore"><h3 class="gh-readmore-title">قراءات أخرى ذات صلة</h3><div class="gh-feed">""" + "".join(
     f'<article class="gh-card"><a class="gh-card-link" href="{u}"><figure class="gh-card-image"><img src="/c.jpg"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title">{t}</h3><time class="gh-card-date">منذ يومين</time></div></a></article>' for u, t in REL) +
    f"""</div></section></main><footer class="gh-foot">{SITE} © 2025</footer></div></body></html>""", "د ب أ", [(r, "similar") for r in REL], D)
    # 3 body split around an ad into two sibling divs; source label at top under the title; related after
    pages["split-body"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | {SITE}</title>
    <meta property="article:published_time" content="{D}"></head><body><div class="wrapper"><header><a href="/">{SITE}</a></header>
    <div class="news-page"><h1 class="news-title">{T}</h1><div class="news-info"><span>نقلاً عن: صحيفة الرأي</span> | <span>21-09-2025</span></div>
    <div class="news-text">{ps(P[:2])}</div><div class="ad-holder"><div id="div-gpt-ad-1">إعلان</div></div><div class="news-text">{ps(P[2:])}</div>
    <div class="news-more"><h4>أخبار متصلة</h4>{"".join(f'<div class="item"><a href="{u}">{t}</a></div>' for u, t in REL)}</div></div>
    <aside class="side"><h4>الأكثر مشاهدة</h4>{"".join(f'<div class="item"><a href="{u}">{t}</a></div>' for u, t in MOST)}</aside></div></body></html>""",
     "صحيفة الرأي", [(r, "similar") for r in REL], D)
    # 4 Arc XP: b-article-body with c-paragraph, inline 'interstitial link' read-also, source line at end 'بمساعدة وكالات'?? use 'وكالات' alone
    pages["arc"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":T,"datePublished":D}, ensure_ascii=False)}</script></head>
    <body><div id="fusion-app"><header class="c-header"><a href="/">{SITE}</a></header><main class="b-article">
    <h1 class="b-headline">{T}</h1><div class="b-byline"><span>بقلم فريق التحرير</span></div>
    <article class="b-article-body"><p class="c-paragraph">{P[0]}</p><p class="c-paragraph">{P[1]}</p>
    <p class="c-interstitial-link"><b>قد يهمك أيضاً</b> <a href="{RA[0]}">{RA[1]}</a></p><p class="c-paragraph">{P[2]}</p><p class="c-paragraph">{P[3]}</p>
    <p class="c-paragraph">وكالات</p></article>
    <div class="b-related-stories"><div class="c-section-title">اقرأ في الموضوع نفسه</div>""" + "".join(
     f'<div class="c-related-story"><a href="{u}"><img src="/r.jpg"></a><a href="{u}"><h2 class="c-heading">{t}</h2></a></div>' for u, t in REL) +
    """</div></main></div></body></html>""", "وكالات", [(RA, "read_also")] + [(r, "similar") for r in REL], D)
    # 5 ASP.NET label page with <br> body and agency at start of the label line, related DataList table
    aspbody = "<br><br>".join(P)
    pages["aspnet"] = (f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{SITE} - {T}</title></head>
    <body><form name="aspnetForm" method="post" action="./NewsDetails.aspx?id=7725" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="abc">
    <table class="main"><tr><td class="menu"><a href="/">الرئيسية</a></td></tr><tr><td>
    <span id="ctl00_lblTitle" class="title">{T}</span><br><span id="ctl00_lblDate" class="date">21/09/2025 10:30</span><br>
    <span id="ctl00_lblSource" class="src">المصدر / الوكالة العربية السورية للأنباء</span><br>
    <span id="ctl00_lblBody" class="body">{aspbody}</span><br>
    <table id="ctl00_dlRelated" class="related"><tr><td><b>موضوعات مرتبطة</b></td></tr>""" + "".join(f'<tr><td><a href="NewsDetails.aspx?id={u[-4:]}">{t}</a></td></tr>' for u, t in REL) +
    """</table></td></tr></table></form></body></html>""", "الوكالة العربية السورية للأنباء",
     [((f"NewsDetails.aspx?id={u[-4:]}", t), "similar") for u, t in REL], "2025-09-21T10:30:00")

    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def fourth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Jannah (a WordPress post embed as the read-also), tagDiv Newspaper (its source box, a related title
    that is a link), Next.js with Tailwind (div paragraphs, a label in three spans), a Bootstrap portal (a
    dateline naming the site itself, a carousel), Blogger (br lines, its widgets)."""
    pages: dict = {}
    T = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة في المدارس الابتدائية"
    D = "2025-11-12T09:15:00+03:00"
    P = [
     "أطلقت وزارة الصحة صباح اليوم حملة وطنية للتطعيم ضد الحصبة تستهدف تلاميذ المدارس الابتدائية في جميع المحافظات، بعد تسجيل إصابات جديدة خلال الأسابيع الماضية.",
     "وقال المتحدث باسم الوزارة إن فرقا طبية متنقلة ستزور المدارس وفق جدول زمني معلن، وإن التطعيم مجاني ويتم بموافقة أولياء الأمور الذين تسلموا استمارات خاصة.",
     "وأوضح أن الحملة تستمر ثلاثة أسابيع، وتهدف إلى الوصول إلى نسبة تغطية تتجاوز خمسة وتسعين في المئة، وهي النسبة التي توصي بها منظمة الصحة العالمية لوقف انتشار المرض.",
     "ودعت الوزارة الأسر إلى مراجعة المراكز الصحية في حال ظهور أعراض مثل الحمى والطفح الجلدي، مؤكدة توفر اللقاحات بكميات كافية في كل المراكز.",
    ]
    RA = ("/health/2025/11/10/flu-season-5521", "أطباء يحذرون من موسم إنفلونزا أشد هذا الشتاء وينصحون باللقاح")
    REL = [("/health/2025/11/08/vaccines-5510", "وصول شحنة جديدة من اللقاحات إلى مخازن الوزارة المركزية"),
           ("/health/2025/11/05/schools-5498", "برنامج للكشف الصحي الدوري على طلاب المدارس في العام الدراسي الجديد"),
           ("/health/2025/11/02/who-5480", "الصحة العالمية تشيد بجهود المنطقة في مكافحة الأمراض المعدية")]
    MOST = [("/sport/2025/11/11/cup-5530", "المنتخب الأولمبي يتأهل إلى نهائي البطولة القارية بعد فوز مثير"),
            ("/economy/2025/11/11/fuel-5531", "الحكومة تعلن أسعار الوقود الجديدة لشهر ديسمبر المقبل")]
    URLC = "https://www.sehha.example/health/2025/11/12/measles-campaign-5535"
    ps = _paragraphs

    head = _head(T, D)
    # 1 Jannah: entry-content, a WordPress post embed for the read-also, (الأناضول) closing the body
    pages["jannah"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="post-template-default single">
    <div id="tie-container"><header id="theme-header"><div class="logo"><a href="/">صحة اليوم</a></div></header>
    <div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8">
    <article id="the-post" class="container-wrapper post-content"><header class="entry-header-outer"><div class="entry-header">
    <h1 class="post-title entry-title">{T}</h1><div class="post-meta clearfix"><span class="date meta-item tie-icon">12 نوفمبر 2025</span></div></div></header>
    <div class="entry-content entry clearfix">{ps(P[:2])}<blockquote class="wp-embedded-content" data-secret="aB3x"><a href="{RA[0]}">{RA[1]}</a></blockquote>
    <iframe class="wp-embedded-content" sandbox="allow-scripts" src="{RA[0]}embed/#?secret=aB3x"></iframe>{ps(P[2:3])}<p>{P[3]} (الأناضول)</p></div></article>
    <div id="related-posts" class="container-wrapper has-extra-shadow"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div>
    <div class="related-posts-list">""" + "".join(
     f'<div class="related-item tie-standard"><a aria-label="{t}" href="{u}" class="post-thumb"><img src="/t.jpg" alt=""></a><h3 class="post-title"><a href="{u}">{t}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">منذ يومين</span></div></div>' for u, t in REL) +
    """</div></div></div><aside class="sidebar tie-col-md-4"><div id="posts-list-widget-2" class="container-wrapper widget posts-list">
    <div class="widget-title the-global-title"><div class="the-subtitle">الأكثر مشاهدة</div></div><ul class="posts-list-items">""" + li(MOST) +
    """</ul></div></aside></div></div></div></body></html>""", "الأناضول", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 2 tagDiv Newspaper: its source box after the body, a related title that is a link (with a tab beside)
    pages["tagdiv"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="single td-standard-pack">
    <div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><article class="post type-post">
    <div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{T}</h1><div class="td-module-meta-info">
    <span class="td-post-date"><time class="entry-date" datetime="{D}">نوفمبر 12, 2025</time></span></div></header></div>
    <div class="td-post-content tagdiv-type">{ps(P[:2])}<p>إقرأ أيضاً&nbsp;<a href="{RA[0]}">{RA[1]}</a></p>{ps(P[2:])}</div>
    <footer><div class="td-post-source-tags"><div class="td-post-small-box"><span>المصدر</span><a rel="nofollow" href="https://www.skynewsarabia.com/">سكاي نيوز عربية</a></div>
    <ul class="td-tags td-post-small-box clearfix"><li><span>الوسوم</span></li><li><a href="/tag/vaccine/">لقاحات</a></li></ul></div></footer></article>
    <div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top"><h4 class="td-related-title td-block-title">
    <a class="td-related-left td-cur-simple-item" href="#">مقالات ذات صلة</a><a class="td-related-right" href="#">المزيد من المؤلف</a></h4>
    <div class="td_block_inner"><div class="td-related-row">""" + "".join(
     f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack"><div class="td-module-image"><div class="td-module-thumb"><a href="{u}" rel="bookmark" class="td-image-wrap" title="{t}"><img src="/r.jpg"></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{u}" rel="bookmark" title="{t}">{t}</a></h3></div></div></div>' for u, t in REL) +
    """</div></div></div></div><div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_9"><h4 class="block-title"><span>الأكثر قراءة</span></h4>""" +
    "".join(f'<div class="td_module_8"><h3 class="entry-title"><a href="{u}">{t}</a></h3></div>' for u, t in MOST) +
    """</div></div></div></div></body></html>""", "سكاي نيوز عربية", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 3 Next.js with Tailwind: div paragraphs, a read-also box, a label in three spans, a card grid under "قد يهمك"
    divs = "".join(f'<div class="mb-4 text-lg leading-8">{x}</div>' for x in P[:2]) + \
        f'<div class="my-6 border-r-4 pr-4"><span class="text-gray-500">اقرأ أيضاً</span><a href="{RA[0]}" class="block font-bold">{RA[1]}</a></div>' + \
        "".join(f'<div class="mb-4 text-lg leading-8">{x}</div>' for x in P[2:])
    pages["next-tailwind"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="bg-white">
    <div id="__next"><header class="sticky top-0 flex"><a href="/" class="text-2xl">صحة اليوم</a><nav class="flex gap-4"><a href="/health">صحة</a><a href="/sport">رياضة</a></nav></header>
    <main class="container mx-auto grid grid-cols-12 gap-8"><div class="col-span-8"><h1 class="text-4xl font-extrabold">{T}</h1>
    <div class="flex gap-2 text-sm text-gray-600"><span class="font-bold">المصدر</span><span>:</span><span>رويترز</span></div>
    <div class="mt-6">{divs}</div>
    <section class="mt-10"><h2 class="text-xl font-bold">قد يهمك</h2><div class="grid grid-cols-3 gap-4">""" + "".join(
     f'<a href="{u}" class="block"><div class="relative aspect-video"><img src="/c.jpg" alt=""></div><p class="mt-2 font-semibold">{t}</p></a>' for u, t in REL) +
    """</div></section></div><aside class="col-span-4"><h2 class="text-lg font-bold">الأكثر قراءة</h2><ol class="list-decimal">""" + li(MOST) +
    """</ol></aside></main></div></body></html>""", "رويترز", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 4 Bootstrap portal: the dateline names the site itself (no source), related in a carousel of cards
    pages["bootstrap-self"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}<meta property="og:site_name" content="هسبريس الصحية"></head>
    <body><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">هسبريس الصحية</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/health">صحة</a></li></ul></nav>
    <div class="container"><div class="row"><div class="col-lg-8"><h1 class="post-title">{T}</h1><span class="date-post">الأربعاء 12 نونبر 2025 - 09:15</span>
    <div class="article-content"><p>الرباط – هسبريس الصحية: {P[0]}</p>{ps(P[1:2])}<p><a href="{RA[0]}" class="read-also">{RA[1]}</a></p>{ps(P[2:])}</div>
    <h3 class="section-title"><span>مقالات ذات صلة</span></h3><div class="owl-carousel related-carousel">""" + "".join(
     f'<div class="item"><div class="card"><a href="{u}"><img class="card-img-top" src="/o.jpg" alt=""></a><div class="card-body"><h5 class="card-title"><a href="{u}">{t}</a></h5></div></div></div>' for u, t in REL) +
    """</div></div><div class="col-lg-4"><div class="sidebar-box"><h4>آخر الأخبار</h4><ul class="list-unstyled">""" + li(MOST) +
    """</ul></div></div></div></div></body></html>""", None, [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 5 Blogger: br lines in post-body, a coloured read-also cue, source at the end, related-posts widget, PopularPosts
    blog = "<br /><br />".join(P[:2]) + f'<br /><br /><div><b><span style="color: red;">إقرأ أيضا :</span></b> <a href="{RA[0]}">{RA[1]}</a></div>' + \
        "<br />".join(P[2:]) + '<br /><br /><div style="text-align: left;">المصدر: بي بي سي عربي</div>'
    pages["blogger-widgets"] = (f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head>{head}</head><body class="item-view">
    <div class="content-outer"><div class="main-inner"><div class="blog-posts hfeed"><div class="post hentry" itemprop="blogPost">
    <h3 class="post-title entry-title" itemprop="name">{T}</h3><div class="post-header"><abbr class="published" title="{D}">11/12/2025</abbr></div>
    <div class="post-body entry-content" id="post-body-88231" itemprop="description articleBody">{blog}</div>
    <div id="related-posts"><h4>مواضيع ذات صلة</h4>""" + "".join(
     f'<a href="{u}" rel="nofollow"><img src="/b.jpg"></a><a class="related-title" href="{u}">{t}</a><br/>' for u, t in REL) +
    """</div></div></div></div><div class="sidebar"><div class="widget PopularPosts" id="PopularPosts1"><h2 class="title">المشاركات الشائعة</h2>
    <div class="widget-content popular-posts"><ul>""" + "".join(f'<li><div class="item-title"><a href="{u}">{t}</a></div></li>' for u, t in MOST) +
    """</ul></div></div></div></div></body></html>""", "بي بي سي عربي", [(RA, "read_also")] + [(r, "similar") for r in REL])

    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D,
                      first={"bootstrap-self": "الرباط – هسبريس الصحية: "})

def fifth_set() -> dict[str, tuple[str | bytes, dict]]:
    """An infinite-scroll theme (the next story appended below), Elementor (a heading widget apart from its
    posts widget), Nuxt (a bare agency under the title, a related heading in a p), JNews (an inline related
    block of two), an ASP.NET portal (a slash after the label, Arabic-Indic date), Drupal 7 (the source as a
    labelled field), AMP reader mode (a lone agency line)."""
    pages: dict = {}
    T = "الأمطار الغزيرة ترفع مخزون السدود إلى أعلى مستوى منذ عشر سنوات"
    D = "2025-12-02T18:40:00+03:00"
    P = [
     "أعلنت وزارة الموارد المائية أن مخزون السدود الرئيسية ارتفع إلى أعلى مستوى له منذ عشر سنوات، بعد موجة من الأمطار الغزيرة شهدتها البلاد خلال الأيام الماضية.",
     "وأوضح بيان للوزارة أن نسبة الامتلاء في السدود الكبرى تجاوزت سبعين في المئة، مقارنة بأقل من أربعين في المئة في الفترة نفسها من العام الماضي.",
     "وأكد مسؤولون أن هذه الكميات ستسهم في تأمين مياه الري للموسم الزراعي المقبل، وتخفيف الضغط على المياه الجوفية التي تعاني من استنزاف متواصل منذ سنوات.",
     "ودعت الوزارة المواطنين إلى ترشيد الاستهلاك رغم تحسن الوضع المائي، مشيرة إلى أن التغيرات المناخية تجعل مواسم الأمطار أقل انتظاما من السابق.",
    ]
    RA = ("/local/2025/11/29/rain-warning-7710", "الأرصاد تحذر من سيول محتملة في المناطق المنخفضة خلال الأسبوع")
    RA2 = ("/local/2025/11/27/roads-7702", "إغلاق طرق فرعية بسبب تجمعات المياه في عدد من المدن")
    REL = [("/local/2025/11/25/dam-7690", "بدء أعمال صيانة السد الشمالي قبل موسم الأمطار"),
           ("/local/2025/11/20/wells-7671", "خطة لتقليل حفر الآبار العشوائية وحماية المياه الجوفية"),
           ("/local/2025/11/16/farmers-7650", "المزارعون يستعدون لموسم زراعي واعد بعد تحسن الأمطار")]
    MOST = [("/sport/2025/12/01/derby-7720", "الفريق الأول يحسم مباراة القمة بهدفين نظيفين"),
            ("/economy/2025/12/01/gold-7721", "أسعار الذهب تسجل ارتفاعا جديدا في السوق المحلية")]
    NEXT_T = "افتتاح معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر"
    NEXT_P = ["افتتح وزير الثقافة مساء اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة أكثر من خمسمئة دار نشر عربية وأجنبية.",
              "ويتضمن برنامج المعرض ندوات فكرية وأمسيات شعرية وورشا للأطفال على مدى عشرة أيام متتالية."]
    URLC = "https://www.miyah.example/local/2025/12/02/dams-level-7725"
    ps = _paragraphs
    head = _head(T, D)
    # 1 infinite scroll: the next story is appended below the first, after its related list
    pages["infinite"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="single">
    <header class="site-header"><a href="/" class="logo">مياه اليوم</a><nav><a href="/local">محليات</a><a href="/sport">رياضة</a></nav></header>
    <div id="posts-container"><article class="post single-post" data-url="{URLC}"><h1 class="entry-title">{T}</h1>
    <div class="entry-meta"><span class="posted-on">2 ديسمبر 2025</span></div><div class="entry-content">{ps(P)}
    <p><strong>المصدر:</strong> وكالة الأنباء العمانية</p></div>
    <div class="post-related"><h4 class="related-heading">مقالات ذات صلة</h4><ul>""" + li(REL) + f"""</ul></div></article>
    <div class="infinite-loader"><article class="post single-post" data-url="/culture/2025/12/02/book-fair-7726"><h2 class="entry-title">
    <a href="/culture/2025/12/02/book-fair-7726">{NEXT_T}</a></h2><div class="entry-meta"><span class="posted-on">2 ديسمبر 2025</span></div>
    <div class="entry-content">{ps(NEXT_P)}</div></article></div></div>
    <aside class="widget"><h3>الأكثر قراءة</h3><ul>""" + li(MOST) + """</ul></aside></body></html>""",
     "وكالة الأنباء العمانية", [(r, "similar") for r in REL])
    # 2 Elementor: nested widget containers; the related heading is a heading widget beside the posts widget
    def widget(kind: str, inner: str) -> str:
        return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}"><div class="elementor-widget-container">'
                f'{inner}</div></div>')
    posts = "".join(f'<article class="elementor-post"><a class="elementor-post__thumbnail__link" href="{u}"><img src="/e.jpg"></a>'
                    f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{u}">{t}</a></h3></div></article>'
                    for u, t in REL)
    pages["elementor"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="elementor-page">
    <div class="elementor elementor-location-header"><div class="elementor-container">{widget("theme-site-logo", '<a href="/">مياه اليوم</a>')}</div></div>
    <div class="elementor elementor-location-single"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
    {widget("theme-post-title", f'<h1 class="elementor-heading-title">{T}</h1>')}
    {widget("post-info", '<ul class="elementor-post-info"><li><span class="elementor-post-info__item--type-date">ديسمبر 2, 2025</span></li></ul>')}
    {widget("theme-post-content", ps(P[:2]) + f'<p><strong>للمزيد:</strong> <a href="{RA[0]}">{RA[1]}</a></p>' + ps(P[2:]))}
    {widget("text-editor", '<p>المصدر – الجزيرة نت</p>')}
    {widget("heading", '<h2 class="elementor-heading-title">مواضيع قد تعجبك</h2>')}
    {widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{posts}</div>')}
    </div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
    {widget("heading", '<h2 class="elementor-heading-title">الأكثر قراءة</h2>')}
    {widget("posts", '<div class="elementor-posts">' + "".join(f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="{u}">{t}</a></h3></article>' for u, t in MOST) + '</div>')}
    </div></div></div></section></div></body></html>""", "الجزيرة نت", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 3 Nuxt: data-v attributes, a bare agency name under the title, a related heading in a p
    nuxt = 'window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:7725,title:a}}]}}("x","y"));'
    pages["nuxt"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body><div id="__nuxt"><div id="__layout"><div data-v-2c1f0a class="page">
    <header data-v-2c1f0a class="topbar"><a data-v-2c1f0a href="/">مياه اليوم</a></header>
    <main data-v-7f3a11 class="article"><h1 data-v-7f3a11 class="article__title">{T}</h1>
    <div data-v-7f3a11 class="article__info"><span data-v-7f3a11 class="article__source"><i data-v-7f3a11 class="icon icon-rss"></i> رويترز</span>
    <span data-v-7f3a11 class="article__date">02.12.2025</span></div>
    <div data-v-7f3a11 class="article__content">""" + "".join(f'<p data-v-7f3a11>{x}</p>' for x in P) + """</div>
    <div data-v-9e0b22 class="related"><p data-v-9e0b22 class="related__title">أخبار ذات صلة</p><div data-v-9e0b22 class="related__list">""" +
     "".join(f'<a data-v-9e0b22 href="{u}" class="related__item"><img data-v-9e0b22 src="/n.jpg"><span data-v-9e0b22>{t}</span></a>' for u, t in REL) +
     """</div></div></main><aside data-v-4d2e33 class="sidebar"><p data-v-4d2e33 class="sidebar__title">الأكثر قراءة</p>""" +
     "".join(f'<a data-v-4d2e33 href="{u}" class="sidebar__item">{t}</a>' for u, t in MOST) +
     f"""</aside></div></div></div><script>{nuxt}</script></body></html>""", "رويترز", [(r, "similar") for r in REL])
    # 4 JNews: an inline related block of two titles in the body, the source after a bar, a related block after
    inline = ('<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_22 jeg_postblock">'
              '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>اقرأ أيضاً</span></h3></div><div class="jeg_posts">' +
              "".join(f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{u}">{t}</a></h3></article>' for u, t in (RA, RA2)) +
              '</div></div></div></div>')
    pages["jnews"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="jnews">
    <div class="jeg_viewport"><div class="jeg_header"><a href="/" class="jeg_logo">مياه اليوم</a></div><div class="jeg_main"><div class="jeg_container">
    <div class="jeg_content jeg_singlepage"><div class="entry-header"><h1 class="jeg_post_title">{T}</h1><div class="jeg_meta_date"><a href="#">2 ديسمبر، 2025</a></div></div>
    <div class="entry-content"><div class="content-inner">{ps(P[:2])}{inline}{ps(P[2:])}<p><em>المصدر | سكاي نيوز عربية</em></p></div></div>
    <div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>مقالات مشابهة</span></h3></div>
    <div class="jeg_posts jeg_load_more_flag">""" + "".join(f'<article class="jeg_post"><div class="jeg_thumb"><a href="{u}"><img src="/j.jpg"></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{u}">{t}</a></h3></div></article>' for u, t in REL) +
     """</div></div></div></div><div class="jeg_sidebar"><div class="widget"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>الأكثر قراءة</span></h3></div><ul>""" + li(MOST) +
     """</ul></div></div></div></div></div></body></html>""", "سكاي نيوز عربية",
     [(RA, "read_also"), (RA2, "read_also")] + [(r, "similar") for r in REL])
    # 5 ASP.NET portal: label and name after a slash under the title, br body, Arabic-Indic date, related DataList
    pages["aspnet-slash"] = (f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{T}</title></head>
    <body><form name="aspnetForm" method="post" action="./NewsDetails.aspx?id=7725" id="aspnetForm"><table width="100%" cellpadding="0"><tr><td class="TopMenu"><a href="/">الرئيسية</a> - <a href="/News.aspx?cat=3">محليات</a></td></tr>
    <tr><td><span id="ctl00_cph_lblTitle" class="NewsTitle">{T}</span><br><span id="ctl00_cph_lblDate" class="NewsDate">١٢:٤٠ م - ٢/١٢/٢٠٢٥</span><br>
    <span id="ctl00_cph_lblSource" class="NewsSource">المصدر/ وكالة سبأ</span></td></tr>
    <tr><td><span id="ctl00_cph_lblBody" class="NewsBody">{P[0]}<br><br>{P[1]}<br><br>{P[2]}<br><br>{P[3]}</span></td></tr>
    <tr><td class="hdr">أخبار متعلقة</td></tr><tr><td><table id="ctl00_cph_dlRelated">""" +
     "".join(f'<tr><td>• <a id="ctl00_cph_dlRelated_ctl0{i}_lnk" href="NewsDetails.aspx?id={u[-4:]}">{t}</a></td></tr>' for i, (u, t) in enumerate(REL)) +
     """</table></td></tr><tr><td class="footer">جميع الحقوق محفوظة ٢٠٢٥</td></tr></table></form></body></html>""", "وكالة سبأ",
     [((f"NewsDetails.aspx?id={u[-4:]}", t), "similar") for u, t in REL], "2025-12-02")
    # 6 Drupal 7: the source a labelled field after the body, related in a views block
    pages["drupal7"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="node-type-article">
    <div id="page"><div id="header"><a href="/" id="logo">مياه اليوم</a></div><div id="main"><div id="content" class="column"><h1 class="title" id="page-title">{T}</h1>
    <div id="node-7725" class="node node-article node-full clearfix"><div class="submitted"><span property="dc:date dc:created" content="{D}">الثلاثاء، 2 ديسمبر 2025</span></div>
    <div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{ps(P)}</div></div></div>
    <div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">المصدر:&nbsp;</div><div class="field-items"><div class="field-item even">وكالة الأنباء القطرية (قنا)</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">الوسوم:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/water">مياه</a></div></div></div></div></div>
    <div id="block-views-related-block" class="block block-views"><h2>محتوى ذو صلة</h2><div class="content"><div class="view view-related"><div class="view-content"><div class="item-list"><ul>""" + li(REL) +
     """</ul></div></div></div></div></div></div><div id="sidebar-second" class="column sidebar"><div class="block"><h2>الأكثر قراءة</h2><div class="content"><div class="item-list"><ul>""" + li(MOST) +
     """</ul></div></div></div></div></div></div></body></html>""", "وكالة الأنباء القطرية (قنا)", [(r, "similar") for r in REL])
    # 7 AMP reader mode: a lone agency line closing the body, related under a heading after the footer meta
    pages["amp-reader"] = (f"""<!doctype html><html amp lang="ar" dir="rtl"><head>{head}<link rel="canonical" href="{URLC}"></head><body class="">
    <header id="top" class="amp-wp-header"><div><a href="/">مياه اليوم</a></div></header>
    <article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{T}</h1>
    <div class="amp-wp-meta amp-wp-posted-on"><time datetime="{D}">منذ 3 ساعات</time></div></header>
    <div class="amp-wp-article-content">{ps(P)}<p>أ ش أ</p></div>
    <footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">التصنيفات: <a href="/local" rel="category tag">محليات</a></div></footer></article>
    <div class="amp-related-posts"><h2>اقرأ المزيد</h2><ul>""" + li(REL) + """</ul></div>
    <footer class="amp-wp-footer"><div><p>© 2025 مياه اليوم</p><a href="#top" class="back-to-top">العودة إلى الأعلى</a></div></footer></body></html>""",
     "أ ش أ", [(r, "similar") for r in REL])

    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)

def sixth_set() -> dict[str, tuple[str | bytes, dict]]:
    """A theme whose logo is an h1 too (a photo credit in a caption between paragraphs), Wix (spans in spans,
    a site-wide recent-posts box), Drupal 8 paragraphs (a body in parts around a related part, a source field
    whose label has no colon), a JSON-LD credit only, a static blog (subheadings in the body, a related
    heading no grammar reads), a windows-1256 portal (an exclusive of its own: no source)."""
    pages: dict = {}
    T = "الجامعات تعلن مواعيد التسجيل للعام الدراسي الجديد وسط توقعات بزيادة أعداد المتقدمين"
    D = "2025-07-20T10:30:00+03:00"
    P = [
     "أعلنت وزارة التعليم العالي مواعيد التسجيل في الجامعات الحكومية للعام الدراسي المقبل، على أن تبدأ المرحلة الأولى مطلع الشهر القادم وتستمر أسبوعين.",
     "وقال مسؤول في الوزارة إن التسجيل سيتم إلكترونيا بالكامل هذا العام، وإن الطلاب سيتمكنون من ترتيب رغباتهم عبر المنصة الموحدة دون الحاجة إلى مراجعة الجامعات.",
     "وتتوقع الجامعات زيادة أعداد المتقدمين بنحو عشرة في المئة مقارنة بالعام الماضي، بسبب ارتفاع نسب النجاح في امتحانات الثانوية العامة.",
     "ودعت الوزارة الطلاب إلى التأكد من صحة بياناتهم قبل تقديم الطلبات، مشيرة إلى أن نتائج القبول ستعلن قبل نهاية الصيف.",
    ]
    RA = ("/education/2025/07/18/scholarships-3310", "الحكومة تعلن عن منح دراسية جديدة للطلاب المتفوقين في الخارج")
    REL = [("/education/2025/07/15/exams-3290", "نسب النجاح في الثانوية العامة تسجل ارتفاعا ملحوظا هذا العام"),
           ("/education/2025/07/12/platform-3275", "إطلاق منصة إلكترونية موحدة للقبول في الجامعات الحكومية"),
           ("/education/2025/07/09/fees-3260", "الجامعات تبقي على الرسوم الدراسية دون تغيير للعام المقبل")]
    MOST = [("/sport/2025/07/19/league-3320", "انطلاق الدوري الممتاز في موعده رغم مطالب التأجيل"),
            ("/economy/2025/07/19/dinar-3321", "استقرار سعر صرف العملة المحلية في تعاملات الأسبوع")]
    URLC = "https://www.taleem.example/education/2025/07/20/registration-3325"
    ps = _paragraphs
    head = _head(T, D)
    # 1 the logo an h1 too; a photo credit naming an agency in a caption between paragraphs; a source line
    pages["two-h1"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="single">
    <header class="site-header"><h1 class="site-title"><a href="/">تعليم اليوم</a></h1><nav><a href="/education">تعليم</a><a href="/sport">رياضة</a></nav></header>
    <main><article class="post"><h1 class="entry-title">{T}</h1><div class="entry-meta"><time datetime="{D}">20 يوليو 2025</time></div>
    <div class="entry-content">{ps(P[:2])}<figure class="wp-block-image"><img src="/u.jpg" alt=""><figcaption>طلاب في حرم إحدى الجامعات (رويترز)</figcaption></figure>
    {ps(P[2:])}<p>المصدر: وكالة الأنباء الأردنية (بترا)</p></div></article>
    <section class="related-posts"><h2>اقرأ أيضاً</h2><ul class="wp-block-latest-posts">""" + li(REL) + """</ul></section>
    <aside class="widget"><h3 class="widget-title">الأكثر قراءة</h3><ul>""" + li(MOST) + """</ul></aside></main></body></html>""",
     "وكالة الأنباء الأردنية (بترا)", [(r, "similar") for r in REL])
    # 2 Wix: spans in spans, a read-also line in spans, the agency closing the last paragraph, recent posts
    def wix(x: str) -> str:
        return f'<p class="mm8Nw _1j-51"><span class="_2PHJq"><span>{x}</span></span></p>'
    readalso = (f'<p class="mm8Nw"><span class="_2PHJq"><span style="font-weight:bold">اقرأ أيضًا</span><span>: </span>'
                f'<a href="{RA[0]}" class="_3Bkfb"><u>{RA[1]}</u></a></span></p>')
    pages["wix"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body><div id="SITE_CONTAINER"><div id="site-root">
    <header id="SITE_HEADER"><a href="/" data-testid="linkElement"><span>تعليم اليوم</span></a></header>
    <main id="PAGES_CONTAINER"><div data-hook="post-page"><article data-hook="post"><div data-hook="post-title"><h1 class="_1-PAS">{T}</h1></div>
    <div data-hook="post-description"><div class="post-content__body"><div>{wix(P[0])}{wix(P[1])}{readalso}{wix(P[2])}{wix(P[3] + " (أ ف ب)")}</div></div></div></article>
    <section data-hook="recent-posts"><h2 class="_2h1aH">أحدث المنشورات</h2><div class="_3qqyg">""" + "".join(
     f'<div data-hook="post-list-item"><a href="{u}"><h3 data-hook="post-title">{t}</h3></a></div>' for u, t in MOST + REL[:1]) +
     """</div></section></div></main></div></div></body></html>""", "أ ف ب", [(RA, "read_also")])
    # 3 Drupal 8 paragraphs: the body in parts around a related part, a source field whose label has no colon
    def part(x: str) -> str:
        return f'<div class="paragraph paragraph--type--text"><div class="field field--name-field-text">{x}</div></div>'
    pages["drupal8-paragraphs"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body class="path-node page-node-type-article">
    <div class="dialog-off-canvas-main-canvas"><header role="banner"><a href="/" rel="home">تعليم اليوم</a></header>
    <main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
    <h1 class="page-title"><span class="field field--name-title">{T}</span></h1><div class="node__meta"><span>الأحد 20 يوليو 2025</span></div>
    <div class="node__content"><div class="field field--name-field-paragraphs">{part(ps(P[:2]))}
    <div class="paragraph paragraph--type--related-content"><div class="field field--name-field-heading">محتوى ذو علاقة</div>
    <div class="field field--name-field-node"><a href="{RA[0]}" hreflang="ar">{RA[1]}</a></div></div>{part(ps(P[2:]))}</div>
    <div class="field field--name-field-source field--label-inline"><div class="field__label">المصدر</div><div class="field__item">سكاي نيوز عربية</div></div></div></article>
    <div class="block block-views"><h2>الأكثر تعليقاً</h2><div class="item-list"><ul>""" + li(MOST) +
     """</ul></div></div></div></main></div></body></html>""", "سكاي نيوز عربية", [(RA, "read_also")])
    # 4 the credit in JSON-LD only: an agency as the author organisation; nothing visible names it
    ldc = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": D,
                      "author": {"@type": "Organization", "name": "وكالة الأنباء الكويتية (كونا)"},
                      "publisher": {"@type": "Organization", "name": "تعليم اليوم"}}, ensure_ascii=False)
    pages["jsonld-credit"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}<script type="application/ld+json">{ldc}</script></head>
    <body><header><a href="/">تعليم اليوم</a></header><div class="container"><div class="article"><h1>{T}</h1>
    <div class="article-text">{ps(P)}</div><div class="tags"><a href="/tag/universities">جامعات</a></div></div>
    <div class="similar"><h4>أخبار مشابهة</h4><ul>""" + li(REL) + """</ul></div></div></body></html>""",
     "وكالة الأنباء الكويتية (كونا)", [(r, "similar") for r in REL])
    # 5 a static blog: subheadings in the body, a credit in em, a related heading no grammar reads
    SUB = "مواعيد المرحلة الثانية"
    pages["static-blog"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body><header class="site-header"><a class="site-title" href="/">تعليم اليوم</a></header>
    <main class="page-content"><article class="post h-entry"><header class="post-header"><h1 class="post-title p-name">{T}</h1>
    <p class="post-meta"><time class="dt-published" datetime="{D}">20 يوليو 2025</time></p></header>
    <div class="post-content e-content">{ps(P[:2])}<h2 id="second">{SUB}</h2>{ps(P[2:])}<p><em>نقلاً عن صحيفة الغد الأردنية</em></p></div></article>
    <aside class="related"><h3>على المنوال ذاته</h3><ul>""" + li(REL) + """</ul></aside></main>
    <footer class="site-footer"><p>© 2025 تعليم اليوم</p></footer></body></html>""",
     "صحيفة الغد الأردنية", [(r, "similar") for r in REL])
    # 6 a windows-1256 portal: its own exclusive ("خاص"), Arabic-Indic date, related rows
    portal = (f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>{T}</title></head>
    <body><table width="100%"><tr><td class="menu"><a href="/">الرئيسية</a> | <a href="/sec.asp?id=4">تعليم</a></td></tr>
    <tr><td class="NewsTitle"><b>{T}</b></td></tr><tr><td class="src">المصدر : خاص - تعليم اليوم</td></tr><tr><td class="date">٢٠ / ٧ / ٢٠٢٥</td></tr>
    <tr><td class="NewsText">{ps(P)}</td></tr><tr><td class="relhead">أخبار ذات صلة</td></tr>""" +
     "".join(f'<tr><td><a href="news.asp?id={u[-4:]}">{t}</a></td></tr>' for u, t in REL) +
     """<tr><td class="footer">جميع الحقوق محفوظة</td></tr></table></body></html>""").encode("cp1256", "xmlcharrefreplace")
    pages["portal-1256"] = (portal, None, [((f"news.asp?id={u[-4:]}", t), "similar") for u, t in REL], "2025-07-20")

    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["static-blog"][1]["paragraphs"][2:2] = [SUB]
    return texts

def seventh_set() -> dict[str, tuple[str | bytes, dict]]:
    """A read-also card whose cue and title are one link, a gallery of long captions between paragraphs, an
    author's bio in prose after the body, related items with dates and excerpts, a body in table cells with
    ad cells between them, a source named beside the tags."""
    pages: dict = {}
    T = "افتتاح أكبر محطة لتحلية مياه البحر في المنطقة بطاقة إنتاجية تغطي حاجة مليون نسمة"
    D = "2025-09-03T08:00:00+04:00"
    P = [
     "افتتحت الحكومة صباح اليوم أكبر محطة لتحلية مياه البحر في المنطقة، بطاقة إنتاجية تصل إلى ستمئة ألف متر مكعب يوميا، تكفي حاجة نحو مليون نسمة.",
     "وقال وزير الطاقة والمياه خلال حفل الافتتاح إن المحطة تعتمد على تقنية التناضح العكسي وتعمل جزئيا بالطاقة الشمسية، ما يخفض استهلاكها من الكهرباء بنحو الثلث.",
     "وأضاف أن المشروع استغرق أربع سنوات من العمل بتكلفة تجاوزت ثمانمئة مليون دولار، بمشاركة شركات محلية ودولية متخصصة في هذا المجال.",
     "ويأتي افتتاح المحطة ضمن خطة وطنية لتأمين مصادر المياه حتى عام ألفين وخمسين، في ظل تراجع معدلات الأمطار وارتفاع الطلب مع النمو السكاني.",
    ]
    RA = ("/local/2025/09/01/water-tariff-4410", "مجلس الوزراء يقر تعرفة جديدة لاستهلاك المياه في القطاع السكني")
    REL = [("/local/2025/08/28/solar-4398", "توقيع اتفاقية لإنشاء أكبر حقل للطاقة الشمسية في البلاد"),
           ("/local/2025/08/22/dams-4376", "خطة لبناء ثلاثة سدود جديدة لحصاد مياه الأمطار في المناطق الجبلية"),
           ("/local/2025/08/15/leaks-4350", "برنامج لتقليل الفاقد في شبكات المياه بنسبة الربع خلال خمس سنوات")]
    MOST = [("/sport/2025/09/02/cup-4415", "المنتخب يستعد لمباراتين وديتين قبل التصفيات الآسيوية"),
            ("/economy/2025/09/02/oil-4416", "أسعار النفط ترتفع مع تراجع المخزونات الأمريكية")]
    URLC = "https://www.miyah-news.example/local/2025/09/03/desalination-4420"
    ps = _paragraphs
    head = _head(T, D)
    top = _top(head, "أخبار المياه", [('/local', 'محليات'), ('/economy', 'اقتصاد')])
    side = _most_read(MOST)
    # 1 a read-also card: the cue and the title inside one link, between two paragraphs; the agency closes the body
    card = (f'<div class="inline-card"><a href="{RA[0]}"><img src="/c.jpg" alt=""><span class="kicker">اقرأ أيضاً</span>'
            f'<h4>{RA[1]}</h4></a></div>')
    pages["card-link"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}{card}{ps(P[2:3])}<p>{P[3]} (وام)</p></div></article>
    {side}</main></body></html>""", "وام", [(RA, "read_also")])
    # 2 a gallery of long captions between paragraphs; a labelled source after the body
    caps = ["جانب من خطوط الإنتاج داخل المحطة الجديدة التي تعتمد على تقنية التناضح العكسي لتحلية مياه البحر",
            "الوزير يتفقد غرفة التحكم الرئيسية في المحطة برفقة عدد من المسؤولين والمهندسين العاملين في المشروع"]
    gallery = "".join(f'<figure class="gallery-item"><img src="/g{n}.jpg" alt=""><figcaption>{c}</figcaption></figure>'
                      for n, c in enumerate(caps))
    pages["gallery"] = (top + f"""<main><article><h1>{T}</h1><div class="content">{ps(P[:2])}<div class="gallery">{gallery}</div>
    {ps(P[2:])}<p>المصدر: وكالة أنباء الإمارات</p></div><div class="related"><h3>مواضيع ذات صلة</h3><ul>""" + li(REL) +
     f"""</ul></div></article>{side}</main></body></html>""", "وكالة أنباء الإمارات", [(r, "similar") for r in REL])
    # 3 an author's bio in prose after the body, before the related list
    bio = ("صحفي متخصص في شؤون البيئة والطاقة، عمل مراسلا لعدد من الصحف العربية، ويكتب عن قضايا المياه والتغير "
           "المناخي منذ أكثر من خمسة عشر عاما.")
    pages["author-bio"] = (top + f"""<main><article><h1>{T}</h1><div class="byline">بقلم: سامر الخطيب</div><div class="text">{ps(P)}</div>
    <div class="author-box"><img src="/a.jpg" alt=""><div><h4>سامر الخطيب</h4><p>{bio}</p></div></div>
    <section><h3>اقرأ أيضا</h3><ul>""" + li(REL) + f"""</ul></section></article>{side}</main></body></html>""", None,
     [(r, "similar") for r in REL])
    # 4 related items with a date and an excerpt each, under a heading of relation
    items = "".join(f'<div class="item"><h4><a href="{u}">{t}</a></h4><span class="date">{20 + n} أغسطس 2025</span>'
                    f'<p>ملخص قصير للخبر يتناول أبرز ما جاء فيه من تفاصيل حول المشروع وخطط الحكومة المقبلة في هذا القطاع المهم.</p></div>'
                    for n, (u, t) in enumerate(REL))
    pages["excerpts"] = (top + f"""<main><article><h1>{T}</h1><div class="story">{ps(P)}<p>(رويترز)</p></div></article>
    <div class="more-stories"><h3>ذات صلة</h3>{items}</div>{side}</main></body></html>""", "رويترز", [(r, "similar") for r in REL])
    # 5 the body in table cells with ad cells between them
    rows = f"<tr><td>{P[0]}</td></tr><tr><td>{P[1]}</td></tr><tr><td class=\"ad\"><div>إعلان</div></td></tr>" \
        f"<tr><td>{P[2]}</td></tr><tr><td>{P[3]}</td></tr>"
    pages["table-cells"] = (f"""<html dir="rtl"><head>{head}</head><body><table width="100%"><tr><td><a href="/">أخبار المياه</a></td></tr>
    <tr><td><h1>{T}</h1></td></tr><tr><td><table class="news">{rows}</table></td></tr>
    <tr><td>المصدر: كونا</td></tr><tr><td><b>أخبار ذات علاقة</b></td></tr>""" +
     "".join(f'<tr><td><a href="{u}">{t}</a></td></tr>' for u, t in REL) + """</table></body></html>""",
     "كونا", [(r, "similar") for r in REL])
    # 6 the source named beside the tags, after the body
    pages["source-with-tags"] = (top + f"""<main><article><h1>{T}</h1><div class="entry">{ps(P)}</div>
    <div class="meta-bottom"><span class="label">المصدر:</span> <a href="https://www.spa.gov.sa/">واس</a>
    <span class="label">الوسوم:</span> <a href="/tag/water">مياه</a> <a href="/tag/energy">طاقة</a></div></article>
    <div class="related"><h3>أخبار ذات صلة</h3><ul>""" + li(REL) + f"""</ul></div>{side}</main></body></html>""", "واس",
     [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)

def eighth_set() -> dict[str, tuple[str | bytes, dict]]:
    """A body with a list of facts, a sentence rich in links, a cue alone with its link in the next
    paragraph, a source line under the title, numbered read-also items, an unlabelled run of story links
    between paragraphs."""
    pages: dict = {}
    T = "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي"
    D = "2025-10-08T16:45:00+03:00"
    P = [
     "قرر البنك المركزي في اجتماعه الدوري اليوم الإبقاء على أسعار الفائدة الرئيسية دون تغيير، للمرة الثالثة على التوالي، في ظل تباطؤ معدلات التضخم.",
     "وقال محافظ البنك في مؤتمر صحفي عقب الاجتماع إن القرار يهدف إلى الحفاظ على استقرار الأسعار ودعم النمو الاقتصادي في الوقت نفسه.",
     "وأشار إلى أن لجنة السياسة النقدية ستواصل مراقبة المؤشرات الاقتصادية عن كثب، وأنها مستعدة لاتخاذ أي إجراءات إضافية إذا اقتضت الحاجة.",
     "ويتوقع محللون أن يبدأ البنك في خفض الفائدة مطلع العام المقبل، إذا استمر التضخم في التراجع نحو المستوى المستهدف.",
    ]
    FACTS = ["سعر الفائدة على الإيداع لليلة واحدة بقي عند ثلاثة عشر في المئة دون أي تغيير.",
             "معدل التضخم السنوي تراجع إلى أقل من عشرة في المئة للمرة الأولى منذ عامين."]
    RA = ("/economy/2025/10/06/inflation-5510", "التضخم السنوي يتراجع للشهر الرابع على التوالي وفق البيانات الرسمية")
    RA2 = ("/economy/2025/10/04/bonds-5502", "الحكومة تطرح سندات جديدة بقيمة خمسة مليارات لتمويل العجز")
    REL = [("/economy/2025/10/01/banks-5490", "البنوك تخفض العائد على شهادات الادخار بعد قرارات المركزي"),
           ("/economy/2025/09/28/currency-5478", "العملة المحلية تستقر أمام الدولار في التعاملات الرسمية"),
           ("/economy/2025/09/25/loans-5466", "نمو القروض الممنوحة للقطاع الخاص خلال الربع الثالث")]
    MOST = [("/sport/2025/10/07/derby-5520", "الفريقان يتعادلان في قمة الجولة السابعة من الدوري"),
            ("/culture/2025/10/07/film-5521", "فيلم محلي ينافس على جائزة كبرى في مهرجان دولي")]
    URLC = "https://www.iqtisad.example/economy/2025/10/08/rates-5525"
    ps = _paragraphs
    head = _head(T, D)
    top = _top(head, "اقتصاد اليوم", [('/economy', 'اقتصاد'), ('/sport', 'رياضة')])
    side = _most_read(MOST)
    related = """<div class="related"><h3>أخبار ذات صلة</h3><ul>""" + li(REL) + """</ul></div>"""
    facts = "<ul>" + "".join(f"<li>{f}</li>" for f in FACTS) + "</ul>"
    # 1 a list of facts in the body, a closing tag of the agency
    pages["facts-list"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}{facts}{ps(P[2:3])}<p>{P[3]} (الأناضول)</p></div>{related}</article>
    {side}</main></body></html>""", "الأناضول", [(r, "similar") for r in REL])
    # 2 a sentence rich in links (persons, places, tags): body, not a read-also line
    rich = ("وكان <a href='/tag/governor'>محافظ البنك</a> قد التقى في <a href='/tag/capital'>العاصمة</a> وفدا من "
            "<a href='/tag/imf'>صندوق النقد الدولي</a> لبحث برنامج الإصلاح الاقتصادي وآفاق التعاون خلال المرحلة المقبلة.")
    pages["link-rich"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}<p>{rich}</p>{ps(P[2:])}
    <p>المصدر: رويترز</p></div>{related}</article>{side}</main></body></html>""", "رويترز", [(r, "similar") for r in REL])
    # 3 a cue alone in its paragraph, its link in the next one
    pages["cue-then-link"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}<p><strong>اقرأ أيضاً:</strong></p>
    <p><a href="{RA[0]}">{RA[1]}</a></p>{ps(P[2:])}</div>{related}</article>{side}</main></body></html>""", None,
     [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 4 a source line under the title, before the body
    pages["source-under-title"] = (top + f"""<main><article><h1>{T}</h1><div class="meta"><span>8 أكتوبر 2025</span>
    <span class="src">المصدر: وكالة الأنباء الأردنية</span></div><div class="body">{ps(P)}</div>{related}</article>{side}</main></body></html>""",
     "وكالة الأنباء الأردنية", [(r, "similar") for r in REL])
    # 5 numbered read-also items under a cue between paragraphs
    numbered = (f'<p><strong>اقرأ أيضاً:</strong></p><p>1- <a href="{RA[0]}">{RA[1]}</a></p>'
                f'<p>2- <a href="{RA2[0]}">{RA2[1]}</a></p>')
    pages["numbered"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}{numbered}{ps(P[2:])}<p>(د ب أ)</p></div>
    {related}</article>{side}</main></body></html>""", "د ب أ", [(RA, "read_also"), (RA2, "read_also")] + [(r, "similar") for r in REL])
    # 6 an unlabelled run of story links between paragraphs
    run = "<ul>" + li([RA, RA2]) + "</ul>"
    pages["unlabelled-run"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P[:2])}{run}{ps(P[2:])}</div>
    {related}</article>{side}</main></body></html>""", None, [(RA, "read_also"), (RA2, "read_also")] + [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["facts-list"][1]["paragraphs"][2:2] = FACTS
    texts["link-rich"][1]["paragraphs"][2:2] = [" ".join(re.sub(r"<[^>]+>", "", rich).split())]
    return texts

def ninth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Shells whose story is data only: Arc XP's Fusion.globalContent (content_elements), Next.js with the body
    as an HTML string, a window.__INITIAL_STATE__ of paragraph blocks, a script of type application/json with
    the body's HTML; each credits an agency in its text."""
    pages: dict = {}
    T = "انطلاق معرض دولي للكتاب بمشاركة ألف دار نشر من أربعين دولة"
    D = "2025-11-20T19:00:00+03:00"
    P = [
     "انطلقت مساء اليوم فعاليات المعرض الدولي للكتاب بمشاركة نحو ألف دار نشر من أربعين دولة عربية وأجنبية، وسط إقبال كبير من الزوار في يومه الأول.",
     "وقال رئيس اللجنة المنظمة إن المعرض يضم هذا العام أكثر من مئتي ألف عنوان في مختلف مجالات المعرفة، إلى جانب جناح خاص بكتب الأطفال.",
     "ويتضمن البرنامج الثقافي المصاحب ندوات فكرية وأمسيات شعرية وحفلات توقيع لعدد من الكتاب، على مدى عشرة أيام متتالية.",
     "وتستضيف الدورة الحالية دولة ضيف شرف يشارك فيها وفد كبير من المثقفين والفنانين، في إطار تعزيز التبادل الثقافي بين البلدين.",
    ]
    URLC = "https://www.thaqafa.example/culture/2025/11/20/book-fair-6610"
    last = P[3] + " (أ ف ب)"
    head = f'<meta charset="utf-8"><title>{T}</title>'
    shell = '<body><div id="root"><header><a href="/">ثقافة اليوم</a></header><main><div class="loading">جار التحميل</div></main></div>{}</body></html>'
    # 1 Arc XP: Fusion.globalContent with content_elements
    fusion = {"headlines": {"basic": T}, "display_date": D,
              "content_elements": [{"type": "text", "content": x} for x in [*P[:3], last]]}
    script = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
              f'Fusion.globalContent={json.dumps(fusion, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api"}};</script>')
    pages["arc-fusion"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head>' + shell.format(script), "أ ف ب", [])
    # 2 Next.js: the body an HTML string in the page's props
    html_body = "".join(f"<p>{x}</p>" for x in [*P[:3], last])
    nd = json.dumps({"props": {"pageProps": {"post": {"title": T, "publishedAt": D, "bodyHtml": html_body}}},
                     "page": "/[slug]", "buildId": "b7"}, ensure_ascii=False)
    pages["next-bodyhtml"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head>' +
                              shell.format(f'<script id="__NEXT_DATA__" type="application/json">{nd}</script>'), "أ ف ب", [])
    # 3 an initial state of paragraph blocks
    state = json.dumps({"article": {"title": T, "date": D,
                                    "blocks": [{"type": "paragraph", "text": x} for x in [*P[:3], last]]}}, ensure_ascii=False)
    pages["initial-state"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head>' +
                              shell.format(f"<script>window.__INITIAL_STATE__ = {state};</script>"), "أ ف ب", [])
    # 4 a script of type application/json with the body's HTML under "content"
    data = json.dumps({"id": 6610, "headline": T, "datePublished": D, "content": html_body}, ensure_ascii=False)
    pages["json-script"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head>' +
                            shell.format(f'<script type="application/json" id="article-data">{data}</script>'), "أ ف ب", [])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)

def tenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Sahifa's shortcode box for the read-also, a related heading as a bold paragraph inside the body's own
    box, a comment section longer than the article, a short article beside long teasers with excerpts, a
    video story of one paragraph."""
    pages: dict = {}
    T = "إطلاق أول قمر صناعي عربي لرصد التغيرات المناخية من قاعدة فضائية دولية"
    D = "2025-12-01T12:00:00+04:00"
    P = [
     "أطلقت وكالة الفضاء الوطنية اليوم أول قمر صناعي عربي مخصص لرصد التغيرات المناخية، من قاعدة فضائية دولية، في مهمة تستمر خمس سنوات على الأقل.",
     "وقال مدير المشروع إن القمر سيجمع بيانات دقيقة عن درجات حرارة سطح البحر والغطاء النباتي ومستويات التلوث في المنطقة، وسيتيحها للباحثين مجانا.",
     "وأضاف أن فريقا من المهندسين الشباب عمل على تصميم القمر وتصنيعه خلال أربع سنوات، بالتعاون مع جامعات ومراكز بحثية محلية ودولية.",
     "ويعد المشروع جزءا من استراتيجية وطنية للفضاء تهدف إلى بناء قدرات علمية وتقنية محلية، وتعزيز مساهمة المنطقة في الأبحاث المناخية العالمية.",
    ]
    RA = ("/science/2025/11/28/mars-8810", "مسبار عربي يرسل صورا جديدة لسطح المريخ تكشف تفاصيل غير مسبوقة")
    REL = [("/science/2025/11/25/astronauts-8798", "تدريب رواد فضاء عرب استعدادا لمهمة طويلة في المحطة الدولية"),
           ("/science/2025/11/20/climate-8776", "تقرير دولي يحذر من ارتفاع قياسي في درجات الحرارة هذا العام"),
           ("/science/2025/11/14/space-law-8750", "إقرار قانون جديد لتنظيم الأنشطة الفضائية والاستثمار فيها")]
    MOST = [("/sport/2025/11/30/final-8815", "المنتخب يتأهل إلى نهائي البطولة العربية بعد فوز مثير"),
            ("/economy/2025/11/30/stocks-8816", "البورصة تغلق على ارتفاع بدعم من أسهم البنوك والعقارات")]
    URLC = "https://www.fadaa.example/science/2025/12/01/satellite-8820"
    ps = _paragraphs
    head = _head(T, D)
    top = _top(head, "فضاء وعلوم", [('/science', 'علوم'), ('/sport', 'رياضة')])
    side = _most_read(MOST)
    # 1 Sahifa: the read-also a shortcode box with its own title, the source a bold line
    box = (f'<div class="su-box su-box-style-default"><div class="su-box-title">اقرأ أيضا</div><div class="su-box-content">'
           f'<ul><li><a href="{RA[0]}">{RA[1]}</a></li></ul></div></div>')
    pages["sahifa"] = (top + f"""<div id="main-content"><article class="post-listing post"><div class="post-inner"><h1 class="name post-title entry-title">{T}</h1>
    <div class="entry">{ps(P[:2])}{box}{ps(P[2:])}<p><strong>المصدر: وام</strong></p></div></div></article>
    <section id="related_posts"><div class="block-head"><h3>مقالات ذات صلة</h3></div><div class="post-listing">""" +
     "".join(f'<div class="related-item"><h3><a href="{u}">{t}</a></h3></div>' for u, t in REL) +
     f"""</div></section>{side}</div></body></html>""", "وام", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 2 a related heading as a bold paragraph inside the body's own box, its list after it
    pages["heading-in-body"] = (top + f"""<main><article><h1>{T}</h1><div itemprop="articleBody">{ps(P)}
    <p><strong>مقالات ذات صلة</strong></p><ul>""" + li(REL) + f"""</ul></div></article>{side}</main></body></html>""", None,
     [(r, "similar") for r in REL])
    # 3 a comment section with more words than the article
    comments = "".join(
        f'<li class="comment"><div class="comment-author">قارئ رقم {n}</div><div class="comment-body"><p>هذا إنجاز عظيم نفخر به جميعا ونتمنى '
        f'أن يكون بداية لمشاريع أكبر في مجال الفضاء والعلوم، ويجب دعم الشباب والمهندسين الذين عملوا على هذا المشروع الرائع '
        f'وتوفير كل الإمكانات لهم حتى يواصلوا هذا الطريق الصعب والمهم لمستقبل المنطقة والأجيال القادمة. {n}</p></div></li>'
        for n in range(8))
    pages["long-comments"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P)}<p>(رويترز)</p></div></article>
    <section class="comments"><h3>التعليقات (8)</h3><ol class="comment-list">{comments}</ol></section>{side}</main></body></html>""",
     "رويترز", [])
    # 4 a short article beside long teasers with excerpts in the sidebar
    teasers = "".join(
        f'<div class="teaser"><h4><a href="{u}">{t}</a></h4><p>في تطور لافت أعلنت الجهات المختصة عن تفاصيل جديدة تتعلق بهذا الملف، '
        f'وأكدت أن العمل جار على استكمال كل المراحل المطلوبة خلال الفترة المقبلة وفق الخطة الموضوعة مسبقا.</p></div>'
        for u, t in REL + MOST)
    pages["short-beside-teasers"] = (top + f"""<main><article><h1>{T}</h1><div class="story">{ps(P[:2])}</div></article>
    <aside class="latest"><h3>آخر الأخبار</h3>{teasers}</aside></main></body></html>""", None, [], D)
    # 5 a video story of one paragraph
    pages["video-story"] = (top + f"""<main><article><h1>{T}</h1><div class="video"><iframe src="https://www.youtube.com/embed/x1"></iframe></div>
    <div class="caption-text">{ps(P[:1])}</div></article><div class="related"><h3>فيديوهات ذات صلة</h3><ul>""" + li(REL) +
     f"""</ul></div>{side}</main></body></html>""", None, [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["short-beside-teasers"][1]["paragraphs"] = [" ".join(x.split()) for x in P[:2]]
    texts["video-story"][1]["paragraphs"] = [" ".join(P[0].split())]
    return texts

def eleventh_set() -> dict[str, tuple[str | bytes, dict]]:
    """Pages whose structure must say it all: a headline in a styled div, a related table under a caption, a
    body of one section a paragraph, a read-also as a bare blockquote, a long row of tags before the related
    list, a footer's prose about the site after a short body."""
    pages: dict = {}
    T = "مجلس النواب يقر قانونا جديدا لحماية البيانات الشخصية بعد نقاش استمر شهورا"
    D = "2025-06-10T15:20:00+03:00"
    P = [
     "أقر مجلس النواب في جلسته اليوم مشروع قانون حماية البيانات الشخصية بأغلبية أعضائه، بعد نقاش استمر عدة أشهر داخل اللجان المختصة.",
     "وينص القانون على إلزام الجهات العامة والخاصة بالحصول على موافقة صريحة من الأفراد قبل جمع بياناتهم أو معالجتها أو نقلها خارج البلاد.",
     "كما يفرض غرامات كبيرة على المخالفين، وينشئ هيئة مستقلة تتولى الرقابة على تطبيق أحكامه وتلقي شكاوى المواطنين والتحقيق فيها.",
     "ورحبت منظمات حقوقية بإقرار القانون، معتبرة أنه خطوة مهمة نحو حماية الخصوصية في ظل التوسع الكبير في استخدام التطبيقات الرقمية.",
    ]
    RA = ("/politics/2025/06/08/cyber-7710", "الحكومة تطلق استراتيجية وطنية للأمن السيبراني حتى عام 2030")
    REL = [("/politics/2025/06/05/parliament-7698", "البرلمان يناقش تعديلات على قانون الجرائم الإلكترونية"),
           ("/politics/2025/06/01/privacy-7680", "خبراء يطالبون بتشريعات أقوى لحماية خصوصية المستخدمين"),
           ("/politics/2025/05/27/telecom-7661", "هيئة الاتصالات تصدر لائحة جديدة لحماية بيانات المشتركين")]
    MOST = [("/sport/2025/06/09/coach-7720", "الاتحاد يعلن اسم المدرب الجديد للمنتخب الأول"),
            ("/economy/2025/06/09/fuel-7721", "تثبيت أسعار الوقود للشهر الثالث على التوالي")]
    URLC = "https://www.barlaman.example/politics/2025/06/10/data-law-7725"
    ps = _paragraphs
    head = f'<meta charset="utf-8"><title>{T} | برلمان نيوز</title><meta property="og:title" content="{T}"><meta property="article:published_time" content="{D}">'
    top = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{head}</head><body><div><div><a href="/">برلمان نيوز</a></div>
    <div><a href="/politics">سياسة</a> <a href="/sport">رياضة</a> <a href="/economy">اقتصاد</a></div></div>"""
    side = """<div><div>الأكثر قراءة</div><ul>""" + li(MOST) + """</ul></div>"""
    rel_list = """<div><h3>أخبار ذات صلة</h3><ul>""" + li(REL) + """</ul></div>"""
    # 1 a headline in a styled div, no h1
    pages["styled-headline"] = (top + f"""<div><div style="font-size:28px;font-weight:bold">{T}</div><div>{ps(P)}<p>(بترا)</p></div>
    {rel_list}</div>{side}</body></html>""", "بترا", [(r, "similar") for r in REL])
    # 2 a related table under a caption
    table = ("<table><caption>مواضيع ذات صلة</caption>" + "".join(
        f'<tr><td><img src="/t.jpg" alt=""></td><td><a href="{u}">{t}</a></td></tr>' for u, t in REL) + "</table>")
    pages["caption-table"] = (top + f"""<div><h1>{T}</h1><div>{ps(P)}</div>{table}</div>{side}</body></html>""", None,
                              [(r, "similar") for r in REL])
    # 3 one section a paragraph
    secs = "".join(f"<section><p>{x}</p></section>" for x in P)
    pages["section-paragraphs"] = (top + f"""<div><h1>{T}</h1><div>{secs}<section><p>المصدر: وكالة الأنباء الأردنية</p></section></div>
    {rel_list}</div>{side}</body></html>""", "وكالة الأنباء الأردنية", [(r, "similar") for r in REL])
    # 4 a read-also as a bare blockquote holding one story link
    bq = f'<blockquote><a href="{RA[0]}">{RA[1]}</a></blockquote>'
    pages["blockquote-link"] = (top + f"""<div><h1>{T}</h1><div>{ps(P[:2])}{bq}{ps(P[2:])}</div>{rel_list}</div>{side}</body></html>""",
                                None, [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 5 a long row of tags before the related list
    tags = "<div>" + " ".join(f'<a href="/tag/{n}">{w}</a>' for n, w in enumerate(
        ["البرلمان", "البيانات الشخصية", "الخصوصية", "القوانين", "التكنولوجيا", "حقوق الإنسان", "الحكومة", "الاتصالات"])) + "</div>"
    pages["tags-row"] = (top + f"""<div><h1>{T}</h1><div>{ps(P)}</div>{tags}{rel_list}</div>{side}</body></html>""", None,
                         [(r, "similar") for r in REL])
    # 6 a footer's prose about the site after a short body
    about = ("برلمان نيوز موقع إخباري مستقل يهتم بتغطية الشؤون البرلمانية والتشريعية، ويقدم لقرائه متابعة يومية لجلسات "
             "المجلس ولجانه وتحليلات معمقة لأبرز القوانين والقرارات التي تمس حياة المواطنين.")
    pages["footer-about"] = (top + f"""<div><h1>{T}</h1><div>{ps(P[:2])}</div>{rel_list}</div>{side}
    <div><div><p>{about}</p></div><div><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></div></div></body></html>""", None,
                             [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["footer-about"][1]["paragraphs"] = [" ".join(x.split()) for x in P[:2]]
    return texts


def twelfth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Instant Articles' markup, an interview of short questions under an interviewer's line, a sidebar before
    the article with a heading drawn as an image, a source credited "via" a link, a date in Arabic words and
    Arabic-Indic digits only, and a Ghost bookmark card as a read-also."""
    pages: dict = {}
    T = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة تستهدف مليوني طفل"
    D = "2025-09-16T10:45:00+03:00"
    P = [
     "أطلقت وزارة الصحة اليوم حملة وطنية للتطعيم ضد مرض الحصبة، تستهدف أكثر من مليوني طفل دون سن الخامسة في جميع المحافظات على مدى أسبوعين.",
     "وقال المتحدث باسم الوزارة إن فرقا طبية متنقلة ستزور المدارس ورياض الأطفال والمناطق النائية، إلى جانب المراكز الصحية الثابتة التي ستعمل طوال أيام الأسبوع.",
     "وأوضح أن الحملة تأتي بعد رصد ارتفاع في عدد الإصابات خلال الأشهر الماضية، داعيا الأهالي إلى التأكد من حصول أطفالهم على الجرعات كاملة.",
     "وأكدت منظمة الصحة العالمية دعمها للحملة بتوفير كميات من اللقاحات والمستلزمات الطبية، مشيرة إلى أن التطعيم يبقى الوسيلة الأنجع للوقاية من المرض.",
    ]
    RA = ("/health/2025/09/14/vaccines-5510", "وصول شحنة جديدة من اللقاحات إلى مخازن الوزارة المركزية")
    REL = [("/health/2025/09/12/measles-5498", "ارتفاع إصابات الحصبة في ثلاث محافظات خلال الشهر الماضي"),
           ("/health/2025/09/10/schools-5480", "الصحة المدرسية تبدأ فحص الطلاب مع انطلاق العام الدراسي"),
           ("/health/2025/09/05/who-5455", "منظمة الصحة العالمية تحذر من تراجع معدلات التطعيم عالميا")]
    MOST = [("/sport/2025/09/15/derby-5520", "الفريق الأول يحسم الديربي بهدفين نظيفين أمام منافسه التقليدي"),
            ("/economy/2025/09/15/gold-5521", "أسعار الذهب تسجل مستوى قياسيا جديدا في السوق المحلية")]
    URLC = "https://www.sihha.example/health/2025/09/16/measles-campaign-5525"
    ps = _paragraphs
    top = _top(_head(T, D), "صحة نيوز", [("/health", "صحة"), ("/sport", "رياضة"), ("/economy", "اقتصاد")])
    side = _most_read(MOST)
    # 1 Instant Articles: the related list is a ul with a title attribute and no heading text, the credit an aside
    pages["instant-article"] = (top + f"""<article><header><h1>{T}</h1><time class="op-published" datetime="{D}">16 سبتمبر</time>
    </header>{ps(P)}<figure class="op-interactive"><iframe src="https://video.example/embed/1"></iframe></figure>
    <footer><aside>(أ ف ب)</aside><ul class="op-related-articles" title="مقالات ذات صلة">{li(REL)}</ul></footer></article>
    {side}</body></html>""", "أ ف ب", [(r, "similar") for r in REL])
    # 2 an interview: an interviewer's line, then short questions in bold and long answers
    Q = ["ما أهداف الحملة؟", "ومن هي الفئات المستهدفة؟"]
    qa = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in zip(Q, P[:2], strict=True)) + ps(P[2:])
    pages["interview"] = (top + f"""<main><h1>{T}</h1><div>حاوره: سامر الخطيب</div><div>{qa}</div>
    <section><h4>مواضيع ذات صلة</h4><ul>{li(REL)}</ul></section></main>{side}</body></html>""", None,
                          [(r, "similar") for r in REL])
    # 3 the sidebar first in the source, and the related list under a heading drawn as an image
    pages["sidebar-first"] = (top + f"""{side}<main><article><h1>{T}</h1><div>{ps(P)}</div>
    <div><h3><img src="/img/related.png" alt=""></h3><ul>{li(REL)}</ul></div></article></main></body></html>""", None,
                              [(r, "similar") for r in REL])
    # 4 the source credited "via" a link to the agency
    pages["via-link"] = (top + f"""<main><article><h1>{T}</h1><div>{ps(P)}<p>عبر <a href="https://www.reuters.com/">رويترز</a></p></div>
    <div><h3>أخبار ذات صلة</h3><ul>{li(REL)}</ul></div></article></main>{side}</body></html>""", "رويترز",
                         [(r, "similar") for r in REL])
    # 5 no machine date: Arabic words and Arabic-Indic digits
    bare_top = _top(f"<meta charset=\"utf-8\"><title>{T}</title>", "صحة نيوز", [("/health", "صحة"), ("/sport", "رياضة")])
    pages["arabic-date"] = (bare_top + f"""<main><article><h1>{T}</h1><div>الثلاثاء ١٦ سبتمبر ٢٠٢٥ - ١٠:٤٥ ص</div>
    <div>{ps(P)}</div><div><h3>اقرأ أيضا</h3><ul>{li(REL)}</ul></div></article></main>{side}</body></html>""", None,
                            [(r, "similar") for r in REL])
    # 6 a Ghost bookmark card between paragraphs: one link holding a title, a description and the site's name
    card = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{RA[0]}">'
            f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{RA[1]}</div>'
            '<div class="kg-bookmark-description">تسلمت الوزارة شحنة كبيرة من اللقاحات تكفي لتغطية احتياجات الحملة.</div>'
            '<div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">صحة نيوز</span></div></div>'
            '<div class="kg-bookmark-thumbnail"><img src="/img/v.jpg" alt=""></div></a></figure>')
    pages["ghost-bookmark"] = (top + f"""<main><article><h1>{T}</h1><section class="gh-content">{ps(P[:2])}{card}{ps(P[2:])}</section>
    <section><h3>مقالات ذات صلة</h3><ul>{li(REL)}</ul></section></article></main>{side}</body></html>""", None,
                               [(RA, "read_also")] + [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["interview"][1]["paragraphs"] = [Q[0], P[0], Q[1], *P[1:]]     # the questions are the article's
    return texts


def thirteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """A WordPress post embed as a read-also and the block editor's latest posts after the body, a sponsored
    widget of other sites' links under a heading of interest, a static blog's previous and next links, an
    article in pages with its pager, a headline in an h2 with no h1, and a writer's other articles."""
    pages: dict = {}
    T = "افتتاح أكبر محطة لتحلية مياه البحر في المنطقة بطاقة مليون متر مكعب يوميا"
    D = "2025-10-02T08:20:00+04:00"
    P = [
     "افتتحت السلطات اليوم أكبر محطة لتحلية مياه البحر في المنطقة، بطاقة إنتاجية تصل إلى مليون متر مكعب يوميا، بكلفة تجاوزت ثلاثة مليارات دولار.",
     "وتعتمد المحطة على تقنية التناضح العكسي، وتعمل بالطاقة الشمسية خلال ساعات النهار، ما يخفض انبعاثاتها بنحو أربعين في المئة مقارنة بالمحطات التقليدية.",
     "وقال مدير المشروع إن المحطة ستغطي احتياجات نحو ثلاثة ملايين نسمة من مياه الشرب، وإن مرحلة ثانية ستضيف نصف مليون متر مكعب بحلول عام ألفين وثمانية وعشرين.",
     "ويرى خبراء أن مشروعات التحلية باتت خيارا لا غنى عنه في ظل شح الموارد المائية الطبيعية وتزايد الطلب مع النمو السكاني والتوسع العمراني.",
    ]
    RA = ("/2025/09/28/water-tariffs-7702", "الحكومة تراجع تعرفة المياه للاستهلاك المنزلي مطلع العام المقبل")
    REL = [("/2025/09/20/desal-7651", "توقيع عقد إنشاء محطة تحلية جديدة على الساحل الشرقي"),
           ("/2025/09/11/solar-7604", "الطاقة الشمسية تغطي ربع احتياجات الكهرباء للمرة الأولى"),
           ("/2025/08/30/drought-7550", "تقرير دولي يحذر من تفاقم الجفاف في المنطقة خلال العقد المقبل")]
    LATEST = [("/2025/10/02/football-7720", "المنتخب يبدأ معسكره التدريبي استعدادا لتصفيات كأس العالم"),
              ("/2025/10/01/gold-7715", "أسعار الذهب تتراجع مع ارتفاع الدولار في التعاملات الصباحية"),
              ("/2025/10/01/cinema-7712", "مهرجان السينما يعلن قائمة الأفلام المشاركة في دورته الجديدة")]
    URLC = "https://www.miyah.example/2025/10/02/desalination-plant-7725"
    ps = _paragraphs
    top = _top(_head(T, D), "مياه اليوم", [("/local", "محليات"), ("/economy", "اقتصاد"), ("/sport", "رياضة")])
    side = _most_read(LATEST[:2])
    # 1 the block editor: a post embed (a quote of one link and its iframe) between paragraphs, a credit in
    # italics, then the latest posts block under its heading
    embed = (f'<figure class="wp-block-embed is-type-wp-embed is-provider-miyah wp-block-embed-miyah">'
             f'<div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="a1B2c3">'
             f'<a href="{RA[0]}">{RA[1]}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" '
             f'security="restricted" title="&#8220;{RA[1]}&#8221; &#8212; مياه اليوم" src="{RA[0]}/embed/#?secret=a1B2c3" '
             f'data-secret="a1B2c3" width="500" height="282" frameborder="0"></iframe></div></figure>')
    latest = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{u}">{t}</a></li>' for u, t in LATEST)
    pages["wp-embed"] = (top + f"""<main id="primary"><article class="post type-post"><header class="entry-header">
    <h1 class="entry-title">{T}</h1></header><div class="entry-content">{ps(P[:2])}{embed}{ps(P[2:])}
    <p><em>المصدر: وكالات</em></p></div></article>
    <h2 class="wp-block-heading">أحدث المقالات</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul>
    </main>{side}</body></html>""", "وكالات", [(RA, "read_also")])
    # 2 the related list, then a sponsored widget of other sites' links under a heading of interest
    ads = "".join(f'<div class="trc-item"><a href="https://ads{n}.example.com/offer?utm_source=miyah" rel="nofollow sponsored">'
                  f'<span class="video-title">{t}</span><span class="branding">{b}</span></a></div>'
                  for n, (t, b) in enumerate([("طريقة بسيطة لتقليل فاتورة الكهرباء يجهلها كثيرون", "موفر الطاقة"),
                                              ("اكتشف أفضل العروض على الرحلات الصيفية هذا الموسم", "سفريات"),
                                              ("خبراء يكشفون سر البشرة النضرة بعد الأربعين", "جمالك")]))
    pages["sponsored"] = (top + f"""<main><article><h1>{T}</h1><div class="body">{ps(P)}</div>
    <div class="related"><h3>مقالات ذات صلة</h3><ul>{li(REL)}</ul></div></article>
    <div id="taboola-below-article"><div class="trc-header"><span>قد يعجبك أيضاً</span><span>محتوى مدعوم</span></div>{ads}</div>
    </main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    # 3 a static blog: the previous and next posts after the body, the related list after them
    prev_next = (f'<nav class="post-nav"><a class="prev" rel="prev" href="{LATEST[1][0]}">← المقال السابق: {LATEST[1][1]}</a>'
                 f'<a class="next" rel="next" href="{LATEST[0][0]}">المقال التالي: {LATEST[0][1]} →</a></nav>')
    pages["prev-next"] = (top + f"""<main><article class="post"><h1 class="post-title">{T}</h1>
    <time datetime="{D}">2 أكتوبر 2025</time><div class="post-content">{ps(P)}<p>(الأناضول)</p></div>{prev_next}
    <section class="related-posts"><h2>مقالات مشابهة</h2><ul>{li(REL)}</ul></section></article></main></body></html>""",
                          "الأناضول", [(r, "similar") for r in REL])
    # 4 an article in pages: its pager (page numbers and "next" to the same article) after the body
    pager = (f'<div class="pagination"><span>الصفحات:</span> <span class="current">1</span> '
             f'<a href="{URLC}?page=2">2</a> <a href="{URLC}?page=3">3</a> <a href="{URLC}?page=2">التالي »</a></div>')
    pages["paged"] = (top + f"""<main><article><h1>{T}</h1><div class="article-text">{ps(P)}</div>{pager}
    <div class="box"><h2>ذات صلة</h2><ul>{li(REL)}</ul></div></article></main>{side}</body></html>""", None,
                      [(r, "similar") for r in REL])
    # 5 no h1: the headline in an h2, a subtitle in an h3, the body in microdata, a credit in a cite
    pages["h2-headline"] = (top + f"""<div class="content"><div itemscope itemtype="https://schema.org/NewsArticle">
    <h2 class="title" itemprop="headline">{T}</h2><h3 class="sub">مشروع يغطي احتياجات ثلاثة ملايين نسمة من مياه الشرب</h3>
    <div itemprop="articleBody">{ps(P)}<p><cite>رويترز</cite></p></div></div>
    <div class="more-box"><h4>اقرأ أيضا</h4><ul>{li(REL)}</ul></div></div>{side}</body></html>""", "رويترز",
                            [(r, "similar") for r in REL])
    # 6 a writer's box with the writer's other articles (the site's, as a section's list is), after the related list
    by_writer = [("/author/huda/2025/09/25/rain-7680", "كيف نحصد مياه الأمطار في المدن؟"),
                 ("/author/huda/2025/09/02/rivers-7570", "الأنهار العابرة للحدود والصراع على المياه")]
    pages["writer-more"] = (top + f"""<main><article><h1>{T}</h1><div class="story">{ps(P)}</div>
    <div class="rel"><h3>أخبار متعلقة</h3><ul>{li(REL)}</ul></div>
    <div class="author-box"><img src="/a/huda.jpg" alt=""><div><h4>هدى السالم</h4><p>كاتبة متخصصة في شؤون البيئة والمياه.</p>
    <h5>المزيد من مقالات الكاتبة</h5><ul>{li(by_writer)}</ul></div></div></article></main>{side}</body></html>""", None,
                            [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["h2-headline"][1]["subtitle"] = "مشروع يغطي احتياجات ثلاثة ملايين نسمة من مياه الشرب"
    return texts


def fourteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """What sits inside the body's own element and is not the article: a newsletter form between paragraphs
    and a follow-us line after them, photos with captions and a photographer's line (an agency's name in
    them, no source), a copyright notice as the body's last paragraph, a writer's signature closing the
    body, a link to the original article on another site (its source, no related story), and a share bar
    and tags between the body and the related list."""
    pages: dict = {}
    T = "المصرف المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي"
    D = "2025-11-05T14:10:00+02:00"
    P = [
     "قرر المصرف المركزي في اجتماعه الدوري اليوم الإبقاء على أسعار الفائدة الرئيسية دون تغيير للمرة الثالثة على التوالي، في خطوة توقعها معظم المحللين.",
     "وقال المصرف في بيان إن معدلات التضخم تواصل التراجع التدريجي، لكنها لا تزال أعلى من المستهدف، ما يستدعي الحفاظ على السياسة النقدية الحالية لفترة أطول.",
     "وأشار البيان إلى أن النمو الاقتصادي سجل تحسنا ملحوظا خلال الربع الثالث مدفوعا بارتفاع الصادرات وعائدات السياحة وتحويلات العاملين في الخارج.",
     "ويتوقع خبراء أن يبدأ المصرف في خفض الفائدة مطلع العام المقبل إذا استمر التضخم في التباطؤ واستقر سعر صرف العملة المحلية أمام الدولار.",
    ]
    REL = [("/economy/2025/10/22/inflation-8810", "التضخم السنوي يتراجع إلى أدنى مستوى في عامين"),
           ("/economy/2025/10/08/exports-8755", "الصادرات غير النفطية ترتفع بنسبة خمسة عشر في المئة"),
           ("/economy/2025/09/24/currency-8702", "العملة المحلية تستقر أمام الدولار في تعاملات الأسبوع")]
    URLC = "https://www.iqtisad.example/economy/2025/11/05/rates-unchanged-8850"
    ps = _paragraphs
    top = _top(_head(T, D), "اقتصاد اليوم", [("/economy", "اقتصاد"), ("/markets", "أسواق"), ("/banks", "مصارف")])
    side = _most_read([("/sport/2025/11/05/cup-8851", "المنتخب الوطني يتأهل إلى نهائي البطولة العربية بعد الفوز بركلات الترجيح")])
    related = f"<div><h3>أخبار ذات صلة</h3><ul>{li(REL)}</ul></div>"
    # 1 a newsletter form between paragraphs, a follow-us line of social links after them
    form = ('<div class="nl-box"><p>اشترك في النشرة البريدية ليصلك ملخص أخبار الاقتصاد كل صباح</p>'
            '<form action="/subscribe" method="post"><input type="email" placeholder="بريدك الإلكتروني">'
            '<button type="submit">اشترك الآن</button></form></div>')
    follow = ('<p>تابعونا على <a href="https://facebook.com/iqtisad">فيسبوك</a> و<a href="https://x.com/iqtisad">إكس</a> '
              'و<a href="https://t.me/iqtisad">تلغرام</a> لمتابعة آخر الأخبار</p>')
    pages["newsletter"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P[:2])}{form}{ps(P[2:])}{follow}</div>
    {related}</article></main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    # 2 photos with captions naming an agency, and a photographer's line of its own: no source
    photo = ('<figure><img src="/img/bank.jpg" alt="مبنى المصرف المركزي"><figcaption>مبنى المصرف المركزي في العاصمة '
             '(رويترز)</figcaption></figure>')
    pages["captions"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{photo}{ps(P[:3])}
    <p><small>تصوير: رويترز</small></p>{ps(P[3:])}</div>{related}</article></main>{side}</body></html>""", None,
                         [(r, "similar") for r in REL])
    # 3 a copyright notice as the body's last paragraph
    pages["copyright"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P)}
    <p>© جميع الحقوق محفوظة لموقع اقتصاد اليوم 2025. يمنع نسخ المحتوى أو إعادة نشره دون إذن مسبق.</p></div>
    {related}</article></main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    # 4 the writer's signature closing the body: a name in bold, a role under it
    pages["signature"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P)}
    <p><strong>سامي الحداد</strong></p><p>محرر الشؤون الاقتصادية</p></div>{related}</article></main>{side}</body></html>""",
                          None, [(r, "similar") for r in REL])
    # 5 a link to the original article on another site closes the body: its source, not a related story
    pages["original-article"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P)}
    <p>اقرأ المقال الأصلي على <a href="https://www.aljazeera.net/ebusiness/2025/11/5/rates">الجزيرة نت</a></p></div>
    {related}</article></main>{side}</body></html>""", "الجزيرة نت", [(r, "similar") for r in REL])
    # 6 a share bar and a row of tags between the body and the related list, inside the article's element
    share = ('<div class="share"><span>شارك المقال</span><a href="https://facebook.com/sharer?u=x">فيسبوك</a>'
             '<a href="https://x.com/intent/tweet?url=x">إكس</a><a href="https://wa.me/?text=x">واتساب</a></div>')
    tags = '<div class="tags"><span>الوسوم:</span><a href="/tag/banks">المصارف</a><a href="/tag/rates">الفائدة</a></div>'
    pages["share-tags"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P)}{share}{tags}</div>
    {related}</article></main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def fifteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """A timeline of the story's earlier stages after the body (dated links: this story's), a link to the
    article in another language, a poll inside the article, a table of contents of in-page anchors, the
    article's key points as a list of its own text, and a breadcrumb with the body's lede in bold."""
    pages: dict = {}
    T = "البرلمان يقر قانون الموازنة العامة بعد جلسات نقاش استمرت أسبوعين"
    D = "2025-12-01T19:30:00+03:00"
    P = [
     "أقر البرلمان مساء اليوم قانون الموازنة العامة للدولة للعام المقبل بأغلبية الأصوات، بعد جلسات نقاش مطولة استمرت أسبوعين بين الحكومة واللجان المختصة.",
     "وتبلغ النفقات المقدرة في الموازنة نحو اثني عشر مليار دولار، بزيادة ستة في المئة عن العام الحالي، فيما يقدر العجز بنحو ثلاثة في المئة من الناتج المحلي.",
     "وخصصت الموازنة الحصة الأكبر من الإنفاق الاستثماري لقطاعات التعليم والصحة والبنية التحتية، إلى جانب برامج الدعم الاجتماعي للأسر محدودة الدخل.",
     "وقال رئيس اللجنة المالية إن التعديلات التي أدخلها النواب على المشروع الحكومي ركزت على ضبط النفقات الجارية وتحسين تحصيل الإيرادات الضريبية.",
    ]
    STAGES = [("/politics/2025/11/17/budget-9901", "17 نوفمبر", "الحكومة تحيل مشروع الموازنة إلى البرلمان"),
              ("/politics/2025/11/23/budget-9940", "23 نوفمبر", "اللجنة المالية تبدأ مناقشة بنود الموازنة مع الوزراء"),
              ("/politics/2025/11/28/budget-9977", "28 نوفمبر", "النواب يطالبون بزيادة مخصصات التعليم والصحة في الموازنة")]
    REL = [(u, t) for u, _, t in STAGES]
    URLC = "https://www.majlis.example/politics/2025/12/01/budget-passed-9990"
    ps = _paragraphs
    top = _top(_head(T, D), "المجلس اليوم", [("/politics", "سياسة"), ("/economy", "اقتصاد"), ("/world", "عالم")])
    side = _most_read([("/sport/2025/12/01/league-9991", "الفريق يتصدر الدوري بعد فوزه الكبير في مباراة القمة")])
    related = f"<div><h3>أخبار ذات صلة</h3><ul>{li(REL)}</ul></div>"
    # 1 a timeline of the story's earlier stages: dated links after the body under a heading of milestones
    stages = "".join(f'<li><time>{d}</time><a href="{u}">{t}</a></li>' for u, d, t in STAGES)
    pages["timeline"] = (top + f"""<main><article><h1>{T}</h1><div>{ps(P)}</div>
    <section><h3>محطات في مسار الموازنة</h3><ol>{stages}</ol></section></article></main>{side}</body></html>""", None,
                         [(r, "similar") for r in REL])
    # 2 a link to the article in English under the headline, and the related list
    pages["other-language"] = (top + f"""<main><article><h1>{T}</h1>
    <p><a href="https://en.majlis.example/politics/2025/12/01/budget-passed-9990" hreflang="en" lang="en">Read this article in English</a></p>
    <div>{ps(P)}</div>{related}</article></main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    # 3 a reader poll between the body's paragraphs
    poll = ('<div><h4>استطلاع رأي</h4><p>هل تتوقع أن تنجح الموازنة الجديدة في خفض العجز؟</p><form>'
            '<label><input type="radio" name="v" value="1"> نعم</label><label><input type="radio" name="v" value="2"> لا</label>'
            '<label><input type="radio" name="v" value="3"> لا أعرف</label><button>صوّت</button></form></div>')
    pages["poll"] = (top + f"""<main><article><h1>{T}</h1><div>{ps(P[:2])}{poll}{ps(P[2:])}</div>{related}</article></main>
    {side}</body></html>""", None, [(r, "similar") for r in REL])
    # 4 a table of contents of in-page anchors before the body, subheadings in it
    toc = ('<nav><p>محتويات المقال</p><ul><li><a href="#figures">أرقام الموازنة</a></li>'
           '<li><a href="#priorities">أولويات الإنفاق</a></li></ul></nav>')
    body = (f'<p>{P[0]}</p><h2 id="figures">أرقام الموازنة</h2><p>{P[1]}</p><h2 id="priorities">أولويات الإنفاق</h2>'
            f'<p>{P[2]}</p><p>{P[3]}</p>')
    pages["contents"] = (top + f"""<main><article><h1>{T}</h1>{toc}<div>{body}</div>{related}</article></main>{side}</body></html>""",
                         None, [(r, "similar") for r in REL])
    # 5 the article's key points as a list of its own text, before the paragraphs
    points = ["النفقات المقدرة نحو اثني عشر مليار دولار", "العجز المتوقع ثلاثة في المئة من الناتج المحلي",
              "الأولوية للتعليم والصحة والبنية التحتية"]
    pages["key-points"] = (top + f"""<main><article><h1>{T}</h1><div><p><strong>أبرز ما جاء في الموازنة:</strong></p>
    <ul>{"".join(f"<li>{x}</li>" for x in points)}</ul>{ps(P)}</div>{related}</article></main>{side}</body></html>""", None,
                           [(r, "similar") for r in REL])
    # 6 a breadcrumb above the headline, the lede in bold as the body's first paragraph
    crumbs = '<ol><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li>البرلمان</li></ol>'
    pages["breadcrumb-lede"] = (top + f"""<main>{crumbs}<article><h1>{T}</h1><div><p><b>{P[0]}</b></p>{ps(P[1:])}</div>
    {related}</article></main>{side}</body></html>""", None, [(r, "similar") for r in REL])
    texts = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    texts["contents"][1]["paragraphs"] = [P[0], "أرقام الموازنة", P[1], "أولويات الإنفاق", P[2], P[3]]
    texts["key-points"][1]["paragraphs"] = ["أبرز ما جاء في الموازنة:", *points, *P]
    return texts


def sixteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Ghost's Casper "read more" cards after the post, the block editor's query loop of the category's posts,
    Drupal's Olivero theme with its related view, a static blog's related list in the post's footer beside
    tags and share links, a static site's archive of every post in the footer, and a related block whose
    tabs filter it by section."""
    pages: dict = {}
    T = "افتتاح معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر من خمسين دولة"
    D = "2025-10-20T11:00:00+03:00"
    P = [
     "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي في دورته الأربعين، بمشاركة أكثر من ألف دار نشر عربية وأجنبية من خمسين دولة.",
     "ويضم المعرض هذا العام أكثر من نصف مليون عنوان في مختلف مجالات المعرفة، إلى جانب برنامج ثقافي يشمل ندوات وأمسيات شعرية وورش عمل للأطفال.",
     "وقالت إدارة المعرض إن الدورة الحالية تحتفي بالترجمة بوصفها جسرا بين الثقافات، وتخصص جناحا خاصا للكتب المترجمة حديثا إلى العربية.",
     "ويستمر المعرض عشرة أيام، ويفتح أبوابه للجمهور يوميا من العاشرة صباحا حتى العاشرة مساء، مع تخصيص أيام للزيارات المدرسية.",
    ]
    REL = [("/culture/2025/10/12/translation-9101", "جائزة الترجمة تعلن القائمة القصيرة لدورتها الجديدة"),
           ("/culture/2025/10/05/publishers-9077", "اتحاد الناشرين يطالب بخفض رسوم الشحن على الكتب"),
           ("/culture/2025/09/28/reading-9050", "دراسة: ارتفاع معدلات القراءة بين الشباب في العامين الأخيرين")]
    OTHER = [("/sport/2025/10/19/final-9140", "الفريق الأول يبلغ نهائي الكأس بعد فوز صعب"),
             ("/economy/2025/10/19/oil-9138", "أسعار النفط ترتفع مع تراجع المخزونات الأمريكية"),
             ("/world/2025/10/18/summit-9130", "قمة إقليمية تبحث التعاون الاقتصادي والأمني")]
    URLC = "https://www.thaqafa.example/culture/2025/10/20/book-fair-9150"
    ps = _paragraphs
    top = _top(_head(T, D), "ثقافة اليوم", [("/culture", "ثقافة"), ("/arts", "فنون"), ("/books", "كتب")])
    cards = "".join(f'<article class="post-card"><a class="post-card-image-link" href="{u}"><img src="/i/{n}.jpg" alt=""></a>'
                    f'<div class="post-card-content"><a class="post-card-content-link" href="{u}"><header class="post-card-header">'
                    f'<div class="post-card-primary-tag">ثقافة</div><h2 class="post-card-title">{t}</h2></header></a></div></article>'
                    for n, (u, t) in enumerate(REL))
    # 1 Ghost's Casper: "read more" cards after the post, outside its article
    pages["casper-read-more"] = (top + f"""<main id="site-main"><article class="article post"><header class="article-header gh-canvas">
    <h1 class="article-title">{T}</h1></header><section class="gh-content gh-canvas">{ps(P)}</section></article></main>
    <aside class="read-more-wrap outer"><div class="read-more inner"><h3>اقرأ المزيد</h3>{cards}</div></aside>{_most_read(OTHER[:2])}</body></html>""",
                                 None, [(r, "similar") for r in REL])
    # 2 the block editor's query loop: the category's latest posts after the post, under the category's name
    loop = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="{u}">{t}</a></h3>'
                   f'<div class="wp-block-post-date"><time>19 أكتوبر 2025</time></div></li>' for u, t in OTHER)
    pages["query-loop"] = (top + f"""<main class="wp-block-group"><h1 class="wp-block-post-title">{T}</h1>
    <div class="entry-content wp-block-post-content">{ps(P)}<p>المصدر: وكالات</p></div>
    <div class="wp-block-group"><h2 class="wp-block-heading">أحدث الأخبار</h2><div class="wp-block-query"><ul class="wp-block-post-template">{loop}</ul></div></div>
    </main></body></html>""", "وكالات", [])
    # 3 Drupal's Olivero: the body field, then a related view block
    pages["olivero"] = (top + f"""<main role="main"><div class="region region--content"><article class="node node--type-article">
    <h1 class="title page-title"><span class="field field--name-title">{T}</span></h1>
    <div class="node__content"><div class="text-content clearfix field field--name-body">{ps(P)}</div></div></article>
    <div class="views-element-container block block-views"><h2 class="block__title">مقالات ذات صلة</h2><div class="view-content">
    {"".join(f'<div class="views-row"><a href="{u}" hreflang="ar">{t}</a></div>' for u, t in REL)}</div></div></div></main></body></html>""",
                        None, [(r, "similar") for r in REL])
    # 4 a static blog: the post's footer holds tags, share links and the related list
    pages["post-footer"] = (top + f"""<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">{T}</h1>
    <div class="post-meta">20 أكتوبر 2025 · 3 دقائق</div></header><div class="post-content">{ps(P)}<p>(أ ف ب)</p></div>
    <footer class="post-footer"><ul class="post-tags"><li><a href="/tags/books/">كتب</a></li><li><a href="/tags/fairs/">معارض</a></li></ul>
    <div class="share-buttons"><a href="https://x.com/intent/tweet?url=x">إكس</a><a href="https://facebook.com/sharer?u=x">فيسبوك</a></div>
    <h2>مقالات ذات صلة</h2><ul>{li(REL)}</ul></footer></article></main></body></html>""", "أ ف ب",
                            [(r, "similar") for r in REL])
    # 5 a static site's archive of every post in the footer: the site's
    archive = "".join(f'<li><span>2025</span> <a href="{u}">{t}</a></li>' for u, t in OTHER + REL)
    pages["archive-footer"] = (top + f"""<main><article><h1>{T}</h1>{ps(P)}</article></main>
    <footer><h4>أرشيف المقالات</h4><ul>{archive}</ul><p>جميع الحقوق محفوظة</p></footer></body></html>""", None, [])
    # 6 a related block with tabs that filter it by section (links to the sections, then the stories)
    tabs = '<ul class="tabs"><li><a href="/culture">الكل</a></li><li><a href="/books">كتب</a></li><li><a href="/arts">فنون</a></li></ul>'
    pages["tabbed-related"] = (top + f"""<main><article><h1>{T}</h1><div class="content">{ps(P)}</div>
    <div class="td_block_related_posts"><div class="block-title"><span>مقالات ذات صلة</span></div>{tabs}
    <div class="td_block_inner">{"".join(f'<div class="td_module"><h3 class="entry-title"><a href="{u}">{t}</a></h3></div>' for u, t in REL)}</div></div>
    </article></main>{_most_read(OTHER[:2])}</body></html>""", None, [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def seventeenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """DataLife Engine (a body of text runs and double line breaks in one div, its "مواضيع مشابهة" list), 1C-Bitrix
    (text straight in the detail div, a date only in Arabic-Indic digits), WordPress with Yoast's JSON-LD graph
    (the date only there, an inline read-also, "المصدر : الجزيرة + وكالات"), a print version in tables, a
    Squarespace body cut into sibling blocks around an image, and Gatsby cards after the article."""
    pages: dict = {}
    T = "أمطار غزيرة تغمر شوارع المدينة وتعطل حركة المرور لساعات"
    D = "2025-11-14T08:30:00+03:00"
    P = [
     "شهدت المدينة منذ ساعات الفجر الأولى أمطارا غزيرة غمرت عددا من الشوارع الرئيسية، وتسببت في تعطل حركة المرور لساعات.",
     "وأعلنت فرق الدفاع المدني رفع درجة الاستعداد القصوى، ونشرت آليات لشفط المياه في الأحياء المنخفضة التي تضررت أكثر من غيرها.",
     "وقال المتحدث باسم البلدية إن كميات الأمطار التي هطلت خلال ست ساعات تجاوزت معدل شهر كامل، داعيا السكان إلى تجنب التنقل غير الضروري.",
     "وتوقعت هيئة الأرصاد أن تستمر الحالة الجوية حتى مساء الغد، مع احتمال تشكل السيول في الأودية ورياح نشطة على المناطق الساحلية.",
    ]
    REL = [("/news/2025/11/10/dams-4410", "امتلاء السدود بعد موسم أمطار استثنائي في المنطقة"),
           ("/news/2025/11/02/drainage-4371", "البلدية تطلق مشروعا لتطوير شبكة تصريف مياه الأمطار"),
           ("/news/2025/10/27/forecast-4350", "الأرصاد تحذر من تقلبات جوية حادة خلال الأسبوع المقبل")]
    OTHER = [("/sport/2025/11/13/cup-4460", "المنتخب يستعد لمباراة حاسمة في تصفيات كأس العالم"),
             ("/economy/2025/11/13/gold-4458", "أسعار الذهب تتراجع مع صعود الدولار"),
             ("/culture/2025/11/12/film-4451", "فيلم عربي يفوز بجائزة في مهرجان دولي")]
    RA = ("/news/2025/11/12/roads-4449", "إغلاق طرق رئيسية بسبب أعمال الصيانة الطارئة")
    URLC = "https://www.almadina.example/news/2025/11/14/rain-4470"
    ps = _paragraphs
    top = _top(_head(T, D), "أخبار المدينة", [("/news", "محليات"), ("/sport", "رياضة"), ("/economy", "اقتصاد")])
    # 1 DataLife Engine: the story as text runs between double line breaks in one div, the source after a bold
    # label, the engine's related list
    pages["dle-full-story"] = (top + f"""<div id="dle-content"><div class="full-story"><h1 class="title">{T}</h1>
    <div class="story-info"><span class="date">14-11-2025, 08:30</span> <span class="views">1 245</span></div>
    <div class="story-text"><div id="news-id-4470" style="display:inline;">{"<br><br>".join(P)}<br><br><b>المصدر:</b> وكالة الأنباء القطرية</div></div>
    <div class="related-news"><div class="rel-title">مواضيع مشابهة</div><ul>{li(REL)}</ul></div></div></div>
    {_most_read(OTHER)}</body></html>""", "وكالة الأنباء القطرية", [(r, "similar") for r in REL])
    # 2 1C-Bitrix: text straight in the detail div, one break between paragraphs, no machine date
    bitrix_head = f'<meta charset="utf-8"><title>{T}</title>'
    pages["bitrix-detail"] = (_top(bitrix_head, "أخبار المدينة", [("/news/", "محليات"), ("/sport/", "رياضة")])
                              + f"""<div class="workarea"><div class="news-detail"><h1>{T}</h1>
    <span class="news-date-time">١٤/١١/٢٠٢٥ ٠٨:٣٠</span><br/>
    {"<br/>".join(P)}<br/><div class="news-detail-share"><a href="https://vk.com/share.php?url=x">مشاركة</a></div>
    </div><p><a href="/news/">العودة إلى قائمة الأخبار</a></p></div>{_most_read(OTHER)}</body></html>""", None, [],
                              "2025-11-14")
    # 3 WordPress with Yoast: the date only in the JSON-LD graph, an inline read-also, Al Jazeera's own source form
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://www.almadina.example/#website", "name": "أخبار المدينة"},
        {"@type": "WebPage", "@id": URLC, "name": T, "datePublished": D},
        {"@type": "NewsArticle", "headline": T, "datePublished": D, "author": {"@type": "Person", "name": "فريق التحرير"},
         "isPartOf": {"@id": URLC}}]}
    yoast_head = f'<meta charset="utf-8"><title>{T} - أخبار المدينة</title>' \
                 f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
    pages["yoast-graph"] = (_top(yoast_head, "أخبار المدينة", [("/category/news/", "محليات")]) + f"""<div class="site-content">
    <article class="post"><header class="entry-header"><h1 class="entry-title">{T}</h1></header><div class="entry-content">
    {ps(P[:2])}<p><strong>اقرأ أيضا: </strong><a href="{RA[0]}">{RA[1]}</a></p>{ps(P[2:])}
    <p>المصدر : الجزيرة + وكالات</p></div></article>
    <div class="yarpp-related"><h3>مقالات ذات صلة:</h3><ol>{li(REL)}</ol></div></div>{_most_read(OTHER)}</body></html>""",
                            "الجزيرة + وكالات", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 4 a print version: tables, the body in a font, the agency closing the last paragraph, the link printed
    pages["print-version"] = (f"""<html dir="rtl"><head><meta charset="utf-8"><title>{T}</title>
    <meta name="robots" content="noindex"></head><body onload="window.print()"><table width="100%" border="0"><tr><td><img src="/logo.gif" alt="أخبار المدينة"></td></tr>
    <tr><td><b><font size="4">{T}</font></b></td></tr><tr><td><font size="2">تاريخ النشر: 2025-11-14 08:30</font></td></tr>
    <tr><td><font size="3">{"<br><br>".join(P[:-1])}<br><br>{P[-1]} (قنا)</font></td></tr>
    <tr><td><font size="1">رابط المقال: {URLC}</font></td></tr></table></body></html>""", "قنا", [], "2025-11-14")
    # 5 Squarespace: the body in sibling blocks around an image block, the source in a block of its own, a
    # summary block of the related stories
    block = '<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">{}</div></div>'
    summary = "".join(f'<div class="summary-item"><div class="summary-thumbnail-outer-container"><a href="{u}" class="summary-thumbnail-container"><img src="/s/{n}.jpg" alt=""></a></div>'
                      f'<div class="summary-content"><a href="{u}" class="summary-title-link">{t}</a><div class="summary-metadata">نوفمبر 2025</div></div></div>'
                      for n, (u, t) in enumerate(REL))
    pages["squarespace-blocks"] = (top + f"""<main id="page"><article class="BlogItem"><div class="BlogItem-title"><h1>{T}</h1></div>
    <div class="sqs-layout sqs-grid-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
    {block.format(ps(P[:2]))}<div class="sqs-block image-block"><figure><img src="/rain.jpg" alt=""><figcaption>شارع رئيسي غمرته المياه صباح اليوم</figcaption></figure></div>
    {block.format(ps(P[2:3]))}{block.format(ps(P[3:]))}{block.format("<p>نقلاً عن سكاي نيوز عربية</p>")}
    </div></div></div></article><div class="sqs-block summary-block"><div class="summary-heading"><span>قد يعجبك أيضاً</span></div>
    <div class="summary-item-list">{summary}</div></div></main>{_most_read(OTHER)}</body></html>""",
                                   "سكاي نيوز عربية", [(r, "similar") for r in REL])
    # 6 Gatsby: an embedded read-also card between paragraphs, cards with excerpts after the article
    cards = "".join(f'<div class="css-card"><a href="{u}"><img src="/g/{n}.jpg" alt=""><h3>{t}</h3></a>'
                    f'<p>تقرير عن {t.split()[0]} {t.split()[1]} وما يعنيه ذلك للسكان.</p></div>' for n, (u, t) in enumerate(REL))
    pages["gatsby-cards"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div id="___gatsby">
    <div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><header class="css-hdr"><a href="/">أخبار المدينة</a></header>
    <main><article><h1 class="css-h1">{T}</h1><div class="css-body">{ps(P[:3])}
    <div class="css-embed"><span>اقرأ أيضاً</span><a href="{RA[0]}"><h4>{RA[1]}</h4></a></div>{ps(P[3:])}</div></article>
    <section class="css-more"><h2>قد يهمك</h2><div class="css-grid">{cards}</div></section></main>
    <footer>© 2025 أخبار المدينة</footer></div></div></body></html>""", None,
                             [(RA, "read_also")] + [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def eighteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """BetterStudio's Publisher theme (its inline related box between paragraphs, "ربما يعجبك أيضا" with titles in
    a <p>), JNews (its inline related module and its related block with dates in links), Joomla's K2 (the title
    in an h2, the source in an extra field of a label and a value), a SharePoint news page (paragraphs as divs,
    an Arabic-Indic date, its related web part), Liferay's asset publisher, and Elementor's posts widget with a
    "read more" link beside each title and the source set right-aligned in italics."""
    pages: dict = {}
    T = "انطلاق مهرجان التمور السنوي بمشاركة مئات المزارعين من مختلف المناطق"
    D = "2025-08-18T09:15:00+04:00"
    P = [
     "انطلقت صباح اليوم فعاليات مهرجان التمور السنوي في دورته الخامسة عشرة، بمشاركة مئات المزارعين والأسر المنتجة من مختلف المناطق.",
     "ويعرض المهرجان أكثر من ستين صنفا من التمور المحلية، إلى جانب منتجات مصنوعة منها كالدبس والحلويات والمعجنات التقليدية.",
     "وقال رئيس اللجنة المنظمة إن المهرجان يهدف إلى دعم المزارعين وفتح أسواق جديدة لمنتجاتهم، مشيرا إلى ارتفاع عدد المشاركين هذا العام.",
     "ويستمر المهرجان أسبوعا كاملا، وتتخلله مسابقات لأجود الأصناف وورش عمل حول أساليب الري الحديثة ومكافحة الآفات الزراعية.",
    ]
    REL = [("/2025/08/10/dates-export-7710", "ارتفاع صادرات التمور بنسبة عشرين في المئة خلال النصف الأول"),
           ("/2025/08/02/palm-pests-7688", "حملة وطنية لمكافحة سوسة النخيل في المزارع"),
           ("/2025/07/25/farmers-fund-7651", "صندوق جديد لتمويل المشاريع الزراعية الصغيرة")]
    OTHER = [("/2025/08/17/football-7760", "المنتخب يفوز وديا استعدادا للبطولة الخليجية"),
             ("/2025/08/17/fuel-7758", "تثبيت أسعار الوقود للشهر المقبل"),
             ("/2025/08/16/heat-7750", "موجة حر تضرب المنطقة مطلع الأسبوع")]
    RA = ("/2025/08/12/market-7721", "سوق المزارعين يفتح أبوابه في الحي القديم")
    URLC = "https://www.alwaha.example/2025/08/18/dates-festival-7770"
    ps = _paragraphs
    top = _top(_head(T, D), "الواحة", [("/local", "محليات"), ("/economy", "اقتصاد"), ("/sport", "رياضة")])
    # 1 Publisher: the inline related box between paragraphs, the related posts under its heading with titles in <p>
    def bs_items(items):
        return "".join(f'<div class="post-{n} type-post listing-item"><div class="item-inner"><div class="featured clearfix">'
                       f'<a class="img-holder" href="{u}"></a></div><p class="title"><a class="post-url post-title" href="{u}">{t}</a></p>'
                       f'</div></div>' for n, (u, t) in enumerate(items))
    irp = (f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text">مقالات ذات صلة</span></div>'
           f'<div class="bs-pagination-wrapper"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">{bs_items([RA])}</div></div></div>')
    pages["publisher-bs"] = (top + f"""<div class="single-container"><article class="post single-post-content">
    <div class="post-header post-tp-1-header"><h1 class="single-post-title"><span class="post-title">{T}</span></h1></div>
    <div class="entry-content clearfix single-post-content">{ps(P[:2])}{irp}{ps(P[2:])}<p>المصدر: وكالة الأنباء العمانية</p></div></article>
    <section class="post-related"><div class="section-heading sh-t3 sh-s5"><span class="h-text related-posts-heading">ربما يعجبك أيضا</span></div>
    <div class="bs-pagination-wrapper main-term-none next_prev"><div class="listing listing-thumbnail listing-tb-2 clearfix columns-3">{bs_items(REL)}</div></div></section>
    </div>{_most_read(OTHER)}</body></html>""", "وكالة الأنباء العمانية", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 2 JNews: its inline related module, its related block whose items carry a date in a link
    def jeg_items(items):
        return "".join(f'<article class="jeg_post jeg_pl_md_5"><div class="jeg_thumb"><a href="{u}"><div class="thumbnail-container"></div></a></div>'
                       f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{u}">{t}</a></h3><div class="jeg_post_meta">'
                       f'<div class="jeg_meta_date"><a href="{u}"><i class="fa fa-clock-o"></i> 12 أغسطس، 2025</a></div></div></div></article>'
                       for u, t in items)
    pages["jnews"] = (top + f"""<div class="jeg_main"><div class="jeg_inner_content"><h1 class="jeg_post_title">{T}</h1>
    <div class="jeg_meta_container"><div class="jeg_meta_date">18 أغسطس، 2025</div></div><div class="entry-content no-share"><div class="content-inner">
    {ps(P[:3])}<div class="jnews_inline_related_post"><div class="jeg_postblock_21 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>اقرأ أيضا</span></h3></div>
    <div class="jeg_posts">{jeg_items([RA])}</div></div></div>{ps(P[3:])}<p>(قنا)</p></div></div>
    <div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>مقالات ذات صلة</span></h3></div>
    <div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{jeg_items(REL)}</div></div></div></div></div></div>
    {_most_read(OTHER)}</body></html>""", "قنا", [(RA, "read_also")] + [(r, "similar") for r in REL])
    # 3 Joomla K2: the title in an h2 (the site's logo is the h1), the source as an extra field of a label and a value
    pages["joomla-k2"] = (_top(_head(T, D), "الواحة", [("/local", "محليات")]).replace('<a href="/">الواحة</a>', '<h1 class="logo"><a href="/">الواحة</a></h1>')
                          + f"""<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">الاثنين، 18 آب/أغسطس 2025</span>
    <h2 class="itemTitle">{T}</h2></div><div class="itemBody"><div class="itemFullText">{ps(P)}</div>
    <div class="itemExtraFields"><ul><li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">المصدر:</span><span class="itemExtraFieldsValue">وكالة الأنباء السعودية</span></li></ul></div></div>
    <div class="itemRelated"><h3>مواضيع ذات صلة</h3><ul>{"".join(f'<li class="even"><a class="itemRelTitle" href="{u}">{t}</a></li>' for u, t in REL)}</ul></div>
    </div>{_most_read(OTHER)}</body></html>""", "وكالة الأنباء السعودية", [(r, "similar") for r in REL])
    # 4 SharePoint: paragraphs as divs in the rich-text field, a date only as Arabic-Indic text, the related web part
    sp_head = f'<meta charset="utf-8"><title>{T}</title>'
    pages["sharepoint"] = (_top(sp_head, "الواحة", [("/ar/Pages/default.aspx", "الرئيسية")]) + f"""<div id="s4-workspace"><div id="s4-bodyContainer">
    <h1 class="ms-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{T}</span></h1><div class="news-date">١٨ أغسطس ٢٠٢٥</div>
    <div class="ms-rtestate-field">{"".join(f"<div>{p}</div>" for p in P)}<div>&#8203;</div></div>
    <div class="ms-webpart-zone"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>أخبار ذات صلة</span></h2></div>
    <div class="cbq-layout-main"><ul class="dfwp-column dfwp-list">{"".join(f'<li class="dfwp-item"><div class="item link-item"><a href="/ar/MediaCenter/News/Pages/{u.rsplit("-", 1)[-1]}.aspx">{t}</a></div></li>' for u, t in REL)}</ul></div></div>
    </div></div></body></html>""", None, [((f"/ar/MediaCenter/News/Pages/{u.rsplit('-', 1)[-1]}.aspx", t), "similar") for u, t in REL],
                           "2025-08-18")
    # 5 Liferay: the journal article, then an asset publisher of the related under "اقرأ أيضا" (after the body: similar)
    pages["liferay"] = (top + f"""<div id="main-content" class="columns-2"><div class="portlet-boundary portlet-journal-content">
    <div class="journal-content-article"><h1>{T}</h1>{ps(P)}<p>وكالات</p></div></div>
    <div class="portlet-boundary portlet-asset-publisher"><h2 class="portlet-title-text">اقرأ أيضا</h2><div class="asset-publisher"><ul class="title-list">
    {"".join(f'<li class="title-list"><a href="{u}">{t}</a></li>' for u, t in REL)}</ul></div></div></div>{_most_read(OTHER)}</body></html>""",
                        "وكالات", [(r, "similar") for r in REL])
    # 6 Elementor's posts widget after the post: each item a title, an excerpt and a "read more" link to the same
    # story; the source right-aligned in italics
    posts = "".join(f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{u}">{t}</a></h3>'
                    f'<div class="elementor-post__excerpt"><p>تفاصيل {t.split()[0]} {t.split()[1]} كما أعلنتها الجهات المختصة في بيان رسمي.</p></div>'
                    f'<a class="elementor-post__read-more" href="{u}">اقرأ المزيد »</a></div></article>' for u, t in REL)
    pages["elementor-posts"] = (top + f"""<div data-elementor-type="single-post" class="elementor"><div class="elementor-widget-theme-post-title"><h1 class="elementor-heading-title">{T}</h1></div>
    <div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">{ps(P)}<p style="text-align: right;"><em>المصدر: رويترز</em></p></div></div>
    <div class="elementor-widget-posts"><div class="elementor-widget-container"><h2 class="elementor-heading-title">مقالات مشابهة</h2>
    <div class="elementor-posts-container elementor-posts elementor-grid">{posts}</div></div></div></div>{_most_read(OTHER)}</body></html>""",
                                "رويترز", [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def nineteenth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Themes whose strings were never translated, on Arabic pages: Jetpack's "Related" with its headline in an
    <em>, tagDiv's related block under the tabs "RELATED ARTICLES" and "MORE FROM AUTHOR" (both links), Astra's
    "Related Posts" after a "Source:" line, and a "You may also like" grid beside a "Trending" sidebar."""
    pages: dict = {}
    T = "افتتاح أكبر محطة لتحلية المياه في المنطقة بطاقة مليون متر مكعب يوميا"
    D = "2025-09-03T10:00:00+03:00"
    P = [
     "افتتح رئيس الوزراء صباح اليوم أكبر محطة لتحلية مياه البحر في المنطقة، بطاقة إنتاجية تبلغ مليون متر مكعب يوميا.",
     "وتغطي المحطة احتياجات نحو ثلاثة ملايين نسمة في المدن الساحلية، وتعمل جزئيا بالطاقة الشمسية لخفض تكاليف التشغيل.",
     "وقال وزير المياه إن المشروع استغرق أربع سنوات من العمل، وإن المرحلة الثانية ستبدأ العام المقبل لمضاعفة الطاقة الإنتاجية.",
     "وأشار خبراء إلى أن التحلية باتت الخيار الأهم لمواجهة شح المياه الجوفية وتراجع معدلات الأمطار في السنوات الأخيرة.",
    ]
    REL = [("/2025/08/28/water-tariff-8801", "خطة جديدة لترشيد استهلاك المياه في القطاع الزراعي"),
           ("/2025/08/20/solar-plant-8770", "تشغيل محطة طاقة شمسية جديدة في الجنوب"),
           ("/2025/08/11/dams-8741", "ارتفاع مخزون السدود إلى أعلى مستوى منذ عشر سنوات")]
    OTHER = [("/2025/09/02/league-8840", "الدوري ينطلق الشهر المقبل بمشاركة ستة عشر فريقا"),
             ("/2025/09/02/gold-8838", "الذهب يسجل مستوى قياسيا جديدا"),
             ("/2025/09/01/school-8830", "بدء العام الدراسي الجديد الأسبوع المقبل")]
    BY_AUTHOR = [("/2025/07/30/editor-8700", "مقال سابق للكاتب عن أزمة المياه في المدن"),
                 ("/2025/07/15/editor-8650", "مقال آخر للكاتب عن الطاقة المتجددة في المنطقة")]
    URLC = "https://www.almiyah.example/2025/09/03/desalination-8850"
    ps = _paragraphs
    top = _top(_head(T, D), "المياه اليوم", [("/news", "Home"), ("/economy", "Economy"), ("/world", "World")])
    # 1 Jetpack: "Related" in an <em> inside its headline, items with a date and a context line
    jp = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{u}">{t}</a></h4>'
                 f'<p class="jp-relatedposts-post-date">August 2025</p><p class="jp-relatedposts-post-context">In "Local"</p></div>' for u, t in REL)
    pages["jetpack-english"] = (top + f"""<article class="post"><h1 class="entry-title">{T}</h1><div class="entry-content">{ps(P)}
    <p>Source: Reuters</p><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
    <div class="jp-relatedposts-items">{jp}</div></div></div></article>{_most_read(OTHER)}</body></html>""", "Reuters", [(r, "similar") for r in REL])
    # 2 tagDiv: the related block's tabs are links ("RELATED ARTICLES" the current one, "MORE FROM AUTHOR" the other,
    # whose stories the page holds hidden until clicked)
    tabs = ('<div class="td-related-title"><a id="related-id" class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>'
            '<a id="author-id" class="td-related-right" href="#">MORE FROM AUTHOR</a></div>')
    td = "".join(f'<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="{u}">{t}</a></h3></div></div>' for u, t in REL)
    pages["tagdiv-english-tabs"] = (top + f"""<div class="td-post-content">{f'<h1 class="entry-title">{T}</h1>'}{ps(P)}</div>
    <div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">{tabs}</h4><div class="td_block_inner">
    <div class="td-related-row">{td}</div></div></div>{_most_read(OTHER)}</body></html>""", None, [(r, "similar") for r in REL])
    # 3 Astra: "Source:" after the body, "Related Posts" with excerpts, "Recent Posts" in the sidebar
    astra = "".join(f'<article class="ast-related-post"><div class="ast-related-post-content"><header class="entry-header related-entry-header">'
                    f'<h3 class="ast-related-post-title entry-title"><a href="{u}" rel="bookmark">{t}</a></h3></header>'
                    f'<div class="entry-content clear"><p class="ast-related-post-excerpt">{t.split()[0]} {t.split()[1]} وتفاصيل أخرى عن الموضوع في هذا التقرير.</p></div></div></article>'
                    for u, t in REL)
    pages["astra-english"] = (top + f"""<div id="primary"><article class="post"><header class="entry-header"><h1 class="entry-title">{T}</h1></header>
    <div class="entry-content clear">{ps(P)}<p><strong>Source:</strong> وكالة الأنباء السعودية</p></div></article>
    <div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
    <div class="ast-related-posts-wrapper">{astra}</div></div></div><div id="secondary"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
    <ul>{li(OTHER)}</ul></section></div></body></html>""", "وكالة الأنباء السعودية", [(r, "similar") for r in REL])
    # 4 a grid under "You may also like" after the article, "Trending" and "More from the author" beside it
    grid = "".join(f'<div class="grid-item"><a href="{u}"><img src="/g/{n}.jpg" alt=""></a><h4><a href="{u}">{t}</a></h4></div>' for n, (u, t) in enumerate(REL))
    pages["you-may-also-like"] = (top + f"""<main><article><h1>{T}</h1><div class="article-text">{ps(P)}<p>(أ ف ب)</p></div></article>
    <section class="also-like"><h2>You may also like</h2><div class="grid">{grid}</div></section></main>
    <aside><div class="box"><h3>Trending</h3><ol>{li(OTHER)}</ol></div><div class="box"><h3>More from the author</h3><ul>{li(BY_AUTHOR)}</ul></div></aside>
    </body></html>""", "أ ف ب", [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twentieth_set() -> dict[str, tuple[str | bytes, dict]]:
    """MediaWiki as Wikinews lays a story out (a date line first, a share box in a table, the related stories as
    a section of the page with its own h2, categories at the foot), Substack (a subscribe box and a share button
    between paragraphs, its strings in English), Medium (every paragraph in its own classed p, the author's and
    the platform's recommendations after the story), a theme whose related teasers are <article>s with long
    excerpts, and a body in Bootstrap rows with an inline read-also card and a credit in a muted row."""
    pages: dict = {}
    T = "إطلاق قمر صناعي عربي جديد لرصد التغيرات المناخية في المنطقة"
    D = "2025-10-14T09:30:00+03:00"
    P = [
     "أطلقت وكالة الفضاء الوطنية فجر اليوم قمرا صناعيا جديدا مخصصا لرصد التغيرات المناخية ومتابعة التصحر في المنطقة.",
     "ويحمل القمر أجهزة استشعار متقدمة قادرة على قياس درجات حرارة سطح الأرض ورطوبة التربة بدقة عالية كل ست ساعات.",
     "وقال رئيس الوكالة إن البيانات ستتاح مجانا للجامعات ومراكز البحث العربية، وإنها ستساعد في التخطيط الزراعي وإدارة المياه.",
     "ومن المنتظر أن يبدأ القمر إرسال صوره الأولى خلال أسبوعين بعد انتهاء مرحلة الاختبارات في المدار.",
    ]
    REL = [("/2025/10/01/space-9101", "توقيع اتفاقية تعاون فضائي مع ثلاث دول عربية"),
           ("/2025/09/22/climate-9080", "تقرير أممي يحذر من تسارع التصحر في شمال أفريقيا"),
           ("/2025/09/10/drought-9052", "موجة جفاف تضرب المحاصيل الشتوية في المنطقة")]
    OTHER = [("/2025/10/13/cup-9120", "المنتخب يتأهل إلى نهائي البطولة العربية"),
             ("/2025/10/13/fuel-9118", "تعديل أسعار الوقود مطلع الشهر المقبل"),
             ("/2025/10/12/film-9110", "فيلم عربي يفوز بجائزة كبرى في مهرجان دولي")]
    URLC = "https://www.alfadaa.example/2025/10/14/satellite-9125"
    ps = _paragraphs
    top = _top(_head(T, D), "الفضاء اليوم", [("/science", "علوم"), ("/tech", "تقنية"), ("/world", "العالم")])
    # 1 MediaWiki, Wikinews' layout: the date line, a share table floated beside the text, the related stories as a
    # section of their own, categories after it
    share = ('<table class="metadata plainlinks" style="float:left"><tr><td><b>شارك الخبر</b></td></tr>'
             '<tr><td><a class="external text" href="https://www.facebook.com/sharer.php?u=x">فيسبوك</a> '
             '<a class="external text" href="https://twitter.com/share?url=x">تويتر</a></td></tr></table>')
    wiki_rel = "".join(f'<li><a href="/wiki{u}" title="{t}">{t}</a></li>' for u, t in REL)
    pages["mediawiki-news"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body>
    <div id="mw-page-base"></div><div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">{T}</h1>
    <div id="bodyContent"><div id="siteSub">من ويكي الأخبار</div><div id="mw-content-text"><div class="mw-parser-output">
    <p><strong>الثلاثاء 14 أكتوبر 2025</strong></p>{share}{ps(P)}
    <h2><span class="mw-headline" id="أخبار_ذات_صلة">أخبار ذات صلة</span></h2><ul>{wiki_rel}</ul>
    </div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/تصنيف:تصنيفات">تصنيفات</a>: <ul>
    <li><a href="/wiki/تصنيف:علوم">علوم</a></li><li><a href="/wiki/تصنيف:فضاء">فضاء</a></li></ul></div></div></div></div>
    <div id="mw-navigation"><h2>قائمة التصفح</h2><div id="p-navigation"><ul><li><a href="/wiki/الصفحة_الرئيسية">الصفحة الرئيسية</a></li>
    <li><a href="/wiki/خاص:أحدث_التغييرات">أحدث التغييرات</a></li></ul></div></div></body></html>""",
                                None, [((f"/wiki{u}", t), "similar") for u, t in REL])
    # 2 Substack: a subscribe box and a share button between paragraphs, its strings in English, comments after
    sub = ('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble">'
           '<p class="cta-caption">Thanks for reading! Subscribe for free to receive new posts and support my work.</p></div>'
           '<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"></form></div></div>')
    share_btn = ('<p class="button-wrapper"><a class="button primary" href="https://x.substack.com/p/satellite?utm_source=substack'
                 '&utm_medium=email&utm_content=share&action=share"><span>Share</span></a></p>')
    pages["substack-post"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div class="main-menu">
    <a href="/">نشرة الفضاء</a><a href="/archive">Archive</a><a href="/about">About</a></div><article class="typography newsletter-post post">
    <div class="post-header"><h1 class="post-title published">{T}</h1><h3 class="subtitle">نشرة أسبوعية عن أخبار الفضاء والمناخ</h3>
    <div class="post-meta"><a href="/@author">سامر الحلبي</a> <div class="post-date">Oct 14, 2025</div></div></div>
    <div class="available-content"><div dir="auto" class="body markup">{ps(P[:2])}{sub}{ps(P[2:])}<p>(وكالات)</p>{share_btn}</div></div>
    </article><div class="post-footer"><h4>Discussion about this post</h4><div class="comments-section"><p>No posts</p></div>
    <div class="subscribe-footer"><h3>Ready for more?</h3></div></div></body></html>""", "وكالات", [])
    # 3 Medium: each paragraph in its own classed p with an id, "More from" the writer and "Recommended from Medium"
    med = "".join(f'<p id="{n:x}a{n}" class="pw-post-body-paragraph kz la lb lc ld" data-selectable-paragraph="">{x}</p>'
                  for n, x in enumerate(P))
    more = "".join(f'<div class="ab cb"><a href="{u}"><h2 class="bf hn">{t}</h2></a></div>' for u, t in OTHER)
    pages["medium-story"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div id="root">
    <nav><a href="/">Medium</a><a href="/search">Search</a><a href="/new-story">Write</a></nav><article><div class="l">
    <section><div class="fr fs ft"><h1 id="0d1e" class="pw-post-title" data-testid="storyTitle">{T}</h1>
    <div class="speechify-ignore"><a href="/@author">ليلى حداد</a><span>Follow</span><span>4 min read</span><span>·</span>
    <span data-testid="storyPublishDate">Oct 14, 2025</span><button>Listen</button><button>Share</button></div>{med}</div></section>
    </div></article><div class="more-from"><h2>More from ليلى حداد</h2>{more}</div>
    <div class="recommended"><h2>Recommended from Medium</h2>{more}</div></div></body></html>""", None, [])
    # 4 a theme whose related teasers are <article>s, each with an excerpt of some thirty words
    excerpt = ("ويستعرض التقرير تفاصيل الخبر وخلفياته وردود الفعل الرسمية والشعبية عليه، إلى جانب آراء عدد من الخبراء والمختصين "
               "في الشأن العلمي والبيئي حول انعكاساته المتوقعة على المنطقة خلال السنوات المقبلة.")
    teasers = "".join(f'<article class="entry loop-entry"><header><h3 class="entry-title"><a href="{u}">{t}</a></h3></header>'
                      f'<div class="entry-summary"><p>{excerpt}</p></div><footer><time>أكتوبر 2025</time></footer></article>'
                      for u, t in REL)
    pages["teaser-articles"] = (top + f"""<main id="main"><article class="entry single-entry"><header><h1 class="entry-title">{T}</h1></header>
    <div class="entry-content single-content">{ps(P)}<p>المصدر: وكالة الأنباء العمانية</p></div></article>
    <section class="entry-related"><h2 class="entry-related-title">مقالات مشابهة</h2><div class="entry-related-inner">{teasers}</div></section>
    </main>{_most_read(OTHER)}</body></html>""", "وكالة الأنباء العمانية", [(r, "similar") for r in REL])
    # 5 Bootstrap rows: a paragraph a row, an inline read-also card row, the credit in a muted row after the body
    rows = [f'<div class="row"><div class="col-12"><p>{x}</p></div></div>' for x in P]
    u0, t0 = REL[0]
    card = (f'<div class="row my-3"><div class="col-12"><div class="card flex-row"><img class="card-img-right" src="/c/1.jpg" alt="">'
            f'<div class="card-body"><span class="badge">اقرأ أيضًا</span><h5 class="card-title"><a href="{u0}">{t0}</a></h5></div></div></div></div>')
    body = "".join(rows[:2]) + card + "".join(rows[2:])
    pages["bootstrap-rows"] = (top + f"""<div class="container"><div class="row"><div class="col-lg-8"><h1 class="display-5">{T}</h1>
    <div class="article-content">{body}<div class="row"><div class="col-12 text-muted small">مسقط - العمانية</div></div></div></div>
    <div class="col-lg-4">{_most_read(OTHER)}</div></div></div></body></html>""", "العمانية", [(REL[0], "read_also")])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_first_set() -> dict[str, tuple[str | bytes, dict]]:
    """Layouts of the largest Arabic newsrooms as their templates write them (our own markup and words): an inline
    "اقرأ أيضا" list whose items carry a reader's "list 1 of 4" and close on "end of list", its credit "الجزيرة +
    وكالات"; an Angular app's body with a dateline naming an agency and the site; a Drupal paper's place byline
    and a bracketed "(العربي الجديد، الأناضول)" closing the body; an agency's own page whose text opens
    "دمشق-سانا"; a Gulf paper's date line in both calendars."""
    pages: dict = {}
    T = "اتفاق على تمديد الهدنة أسبوعين إضافيين وتبادل جديد للأسرى"
    D = "2025-11-02T08:15:00+03:00"
    P = [
     "أعلن الوسطاء مساء أمس التوصل إلى اتفاق يقضي بتمديد الهدنة أسبوعين إضافيين، مع تبادل جديد للأسرى خلال الأيام المقبلة.",
     "وقال مسؤول مطلع إن الاتفاق يشمل إدخال مئات الشاحنات المحملة بالمساعدات يوميا، وفتح ممرات آمنة لعودة النازحين.",
     "ورحبت عدة دول بالاتفاق، داعية الأطراف إلى الالتزام به والبناء عليه للوصول إلى وقف دائم لإطلاق النار.",
     "ومن المقرر أن تبدأ المرحلة الأولى من التبادل صباح الأحد بإشراف اللجنة الدولية للصليب الأحمر.",
    ]
    REL = [("/news/2025/10/30/talks-7701", "جولة مفاوضات جديدة في العاصمة القطرية"),
           ("/news/2025/10/28/aid-7690", "دخول أول قافلة مساعدات منذ أسابيع"),
           ("/news/2025/10/25/truce-7671", "ما الذي نعرفه عن بنود الهدنة حتى الآن؟"),
           ("/news/2025/10/20/prisoners-7650", "قوائم الأسرى المشمولين بالمرحلة الأولى")]
    OTHER = [("/news/2025/11/01/league-7720", "انطلاق الدوري الممتاز بمواجهة قوية"),
             ("/news/2025/11/01/oil-7718", "أسعار النفط ترتفع في ختام التعاملات"),
             ("/news/2025/10/31/film-7710", "مهرجان السينما يعلن جوائزه")]
    URLC = "https://www.akhbar-alaan.example/news/2025/11/2/truce-7730"
    ps = _paragraphs
    top = _top(_head(T, D), "أخبار الآن", [("/news", "أخبار"), ("/politics", "سياسة"), ("/economy", "اقتصاد")])
    # 1 an inline read-also list whose items carry a reader's "list 1 of 4", then "end of list"; the credit joins the
    # site's name and the agencies with a plus
    items = "".join(f'<li class="more-on__item"><article class="card"><div class="card__content"><h3><a class="u-link" href="{u}">'
                    f'<span>{t}</span></a></h3></div></article><span class="screen-reader-text">list {n + 1} of 4</span></li>'
                    for n, (u, t) in enumerate(REL))
    inline = (f'<div class="more-on"><h2 class="more-on__title">اقرأ أيضا</h2><ul class="more-on__list">{items}</ul>'
              f'<span class="screen-reader-text">end of list</span></div>')
    pages["inline-list-plus-credit"] = (top + f"""<main><header class="article-header"><h1>{T}</h1></header>
    <div class="wysiwyg wysiwyg--all-content">{ps(P[:2])}{inline}{ps(P[2:])}<p>المصدر : الجزيرة + وكالات</p></div></main>
    {_most_read(OTHER)}</body></html>""", "الجزيرة + وكالات", [(r, "read_also") for r in REL])
    # 2 an Angular app: the body's paragraphs in components, a dateline naming an agency, the related stories
    # in a component of their own after the article
    comp = "".join(f'<app-card _ngcontent-c1=""><a _ngcontent-c1="" href="{u}"><h3 _ngcontent-c1="">{t}</h3></a></app-card>'
                   for u, t in REL[:3])
    first = "أبوظبي - وام: "
    pages["angular-app"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><app-root _nghost-c0="">
    <app-header><nav><a href="/">الرئيسية</a><a href="/latest">الأحدث</a><a href="/video">فيديو</a></nav></app-header>
    <app-article _ngcontent-c0=""><h1 _ngcontent-c0="" class="article-title">{T}</h1><div class="article-body" _ngcontent-c0="">
    {"".join(f'<app-paragraph><p _ngcontent-c2="">{(first if n == 0 else "") + x}</p></app-paragraph>' for n, x in enumerate(P))}
    </div></app-article><app-related _ngcontent-c0=""><h2 _ngcontent-c0="">قصص ذات صلة</h2><div class="cards">{comp}</div></app-related>
    <app-footer><p>جميع الحقوق محفوظة</p></app-footer></app-root></body></html>""", "وام", [(r, "similar") for r in REL[:3]])
    # 3 a Drupal paper: a place byline before the body, the body closed by a bracketed credit joined by a comma
    last = P[3] + " (العربي الجديد، الأناضول)"
    pages["drupal-comma-credit"] = (top + f"""<div class="region-content"><article class="node node--type-article"><h1 class="page-title">{T}</h1>
    <div class="field--name-field-byline">غزة ـ العربي الجديد</div><div class="field--name-body">{ps(P[:3] + [last])}</div>
    <div class="field--name-field-tags"><a href="/tag/1">غزة</a><a href="/tag/2">هدنة</a></div></article>
    <div class="view-related"><h2>المزيد في سياسة</h2><ul>{li(REL[:3])}</ul></div></div>{_most_read(OTHER)}</body></html>""",
                                     "العربي الجديد، الأناضول", [])    # "more in Politics": the section's, not the story's
    # 4 an agency's own page: the text opens with its dateline with no mark after the name
    pages["agency-dateline"] = (top + f"""<section class="news-details"><h1>{T}</h1><span class="date">2025-11-02</span>
    <div class="news-text">{ps(["دمشق-سانا " + P[0], *P[1:]])}</div><div class="news-related"><h4>أخبار ذات صلة</h4>
    <ul>{li(REL[:2])}</ul></div></section></body></html>""", "سانا", [(r, "similar") for r in REL[:2]], "2025-11-02")
    # 5 a Gulf paper: the date line in both calendars (no machine date), a source line after the body
    head = f'<meta charset="utf-8"><title>{T}</title>'
    pages["gulf-two-calendars"] = (_top(head, "الخليج اليوم", [("/local", "محليات")]) + f"""<div class="article"><h1>{T}</h1>
    <div class="info"><span>الأحد 11 جمادى الأولى 1447 هـ الموافق 2 نوفمبر 2025 م</span></div><div class="text">{ps(P)}
    <p>المصدر: وكالة الأنباء السعودية</p></div></div>{_most_read(OTHER)}</body></html>""", "وكالة الأنباء السعودية", [],
                                   "2025-11-02")
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D,
                      first={"angular-app": first, "agency-dateline": "دمشق-سانا "})


def twenty_second_set() -> dict[str, tuple[str | bytes, dict]]:
    """Quintype story elements, TYPO3's news extension (an h3 headline), Webflow's rich text and collection lists,
    a government media centre on Sitecore (Arabic-Indic date, spans in every paragraph), a Hugo blog marked up
    with microformats, and a vBulletin thread whose first post carries a copied news story."""
    pages: dict = {}
    T = "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة"
    D = "2025-11-14T10:20:00+04:00"
    P = [
     "افتتحت الحكومة صباح اليوم أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ ثلاثمئة ألف متر مكعب يوميا.",
     "وتغطي الألواح الشمسية للمحطة مساحة تزيد على أربعة كيلومترات مربعة، وتوفر الكهرباء اللازمة لعمليات التحلية خلال ساعات النهار.",
     "وقال وزير الطاقة في كلمة خلال حفل الافتتاح إن المشروع سيخفض انبعاثات الكربون بنحو مئتي ألف طن سنويا.",
     "ومن المتوقع أن تزود المحطة أكثر من نصف مليون نسمة بمياه الشرب بحلول نهاية العام المقبل.",
    ]
    REL = [("/environment/2025/11/10/grid-5501", "ربط محطات الطاقة المتجددة بالشبكة الوطنية"),
           ("/environment/2025/11/05/water-5490", "خطة وطنية لترشيد استهلاك المياه في المدن"),
           ("/environment/2025/10/29/solar-5470", "توقيع عقود جديدة لمشاريع الطاقة الشمسية")]
    OTHER = [("/sport/2025/11/13/derby-5510", "تعادل مثير في قمة الدوري المحلي"),
             ("/business/2025/11/13/stocks-5508", "البورصة تغلق على ارتفاع بدعم من قطاع البنوك"),
             ("/culture/2025/11/12/book-5502", "معرض الكتاب يستقبل زواره بعد غد")]
    URLC = "https://www.almiyah.example/environment/2025/11/14/desal-5520"
    ps = _paragraphs
    top = _top(_head(T, D), "الماء والطاقة", [("/environment", "بيئة"), ("/business", "أعمال"), ("/sport", "رياضة")])
    # 1 Quintype: every paragraph in its own story element; an also-read element; related stories after
    def el(x: str) -> str:
        return f'<div class="story-element story-element-text"><div><p>{x}</p></div></div>'
    u0, t0 = REL[1]
    also = (f'<div class="story-element story-element-text story-element-text-also-read"><div class="also-read-wrapper">'
            f'<span class="also-read-label">شاهد أيضاً</span><a class="also-read-link" href="{u0}"><span class="also-read-title">{t0}</span></a></div></div>')
    rel_cards = "".join(f'<div class="story-card"><a href="{u}" aria-label="{t}"><div class="story-card-img"><img src="/i/{n}.jpg" alt=""></div>'
                        f'<h6 class="headline">{t}</h6></a></div>' for n, (u, t) in enumerate([REL[0], REL[2]]))
    pages["quintype-elements"] = (top + f"""<div id="container"><div class="story-grid"><div class="story-head"><h1 class="headline">{T}</h1>
    <div class="author-details"><a href="/author/1">هيفاء العلي</a><time datetime="{D}">14 نوفمبر 2025</time></div></div>
    <div class="story-body"><div class="story-card-wrapper">{el(P[0])}{el(P[1])}{also}{el(P[2])}{el(P[3])}
    <div class="story-element story-element-text"><div><p>(رويترز)</p></div></div></div></div>
    <div class="related-stories"><div class="related-title">قصص مرتبطة</div>{rel_cards}</div></div></div>
    {_most_read(OTHER)}</body></html>""", "رويترز", [((u0, t0), "read_also"), (REL[0], "similar"), (REL[2], "similar")])
    # 2 TYPO3's news extension: the headline an h3 in the single view's header, a teaser before the body,
    # the related news with a date before each link
    rn = "".join(f'<li><span class="news-related-news-date">1{n}.11.2025</span> <a href="{u}" title="{t}">{t}</a></li>'
                 for n, (u, t) in enumerate(REL))
    pages["typo3-news"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div id="page">
    <div class="navbar"><ul class="nav"><li><a href="/">الرئيسية</a></li><li><a href="/ar/news">الأخبار</a></li><li><a href="/ar/contact">اتصل بنا</a></li></ul></div>
    <div class="frame frame-default"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
    <div class="header"><h3 itemprop="headline">{T}</h3></div><div class="footer"><p><span class="news-list-date">
    <time itemprop="datePublished" datetime="2025-11-14">14.11.2025</time></span></p></div>
    <div class="news-text-wrap" itemprop="articleBody">{ps(P)}<p>المصدر: وكالة أنباء الإمارات</p></div>
    <div class="news-related-wrap"><div class="news-related news-related-news"><h4>أخبار مرتبطة</h4><ul>{rn}</ul></div></div>
    <div class="news-backlink-wrap"><a href="/ar/news">رجوع</a></div></div></div></div></div></body></html>""",
                           "وكالة أنباء الإمارات", [(r, "similar") for r in REL], "2025-11-14")
    # 3 Webflow: the body in w-richtext, the source line in a text block of its own, a collection list after it
    # whose heading is a classed div
    dyn = "".join(f'<div role="listitem" class="w-dyn-item"><a href="{u}" class="blog-link w-inline-block">'
                  f'<div class="blog-date">نوفمبر 2025</div><div class="blog-title">{t}</div></a></div>' for u, t in REL)
    pages["webflow-collection"] = (top + f"""<div class="section"><div class="container w-container"><h1 class="heading-post">{T}</h1>
    <div class="post-body w-richtext">{ps(P)}<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth"><div><img src="/w/1.jpg" alt=""></div>
    <figcaption>المحطة الجديدة على ساحل الخليج</figcaption></figure></div><div class="source-block">نقلاً عن: صحيفة الخليج</div>
    <div class="related-wrap"><div class="heading-related">مواضيع قد تهمك</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">{dyn}</div></div></div>
    </div></div>{_most_read(OTHER)}</body></html>""", "صحيفة الخليج", [(r, "similar") for r in REL])
    # 4 a government media centre on Sitecore: the date in Arabic-Indic digits only, every paragraph's text in a
    # styled span, "other news" after it (the centre's latest, not the story's)
    spans = "".join(f'<p style="text-align: justify;"><span style="font-size: 14pt; font-family: Arial;">{x}</span></p>' for x in P)
    head = f'<meta charset="utf-8"><title>{T}</title>'
    pages["sitecore-media-centre"] = (_top(head, "المركز الإعلامي", [("/ar/media", "المركز الإعلامي")]) + f"""<div class="main-content">
    <div class="breadcrumb"><a href="/ar">الرئيسية</a> / <a href="/ar/media">الأخبار</a></div><div class="news-details-page">
    <h2 class="news-title">{T}</h2><div class="news-meta"><span class="news-date">١٤ نوفمبر ٢٠٢٥</span></div>
    <div class="rich-text">{spans}</div><div class="other-news"><h3>أخبار أخرى</h3><ul>{li(OTHER)}</ul></div></div></div>
    <footer><p>© ٢٠٢٥ جميع الحقوق محفوظة</p></footer></body></html>""", None, [], "2025-11-14")
    # 5 a Hugo blog with microformats: h-entry, e-content, a footnote-like source after a rule, related posts
    # under an h4 as plain links in a paragraph separated by line breaks
    br = "<br>".join(f'<a href="{u}">{t}</a>' for u, t in REL)
    pages["hugo-h-entry"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><header class="site-header">
    <a class="site-title" href="/">مدونة المناخ</a><nav><a href="/posts/">المقالات</a> <a href="/tags/">الوسوم</a> <a href="/about/">عن المدونة</a></nav></header>
    <main><article class="h-entry"><h1 class="p-name">{T}</h1><p class="meta"><time class="dt-published" datetime="{D}">14 نوفمبر 2025</time>
    · <a class="p-author h-card" href="/about/">سليم</a></p><div class="e-content">{ps(P)}<hr><p><small>المصدر: بي بي سي عربي</small></p></div>
    <footer><p class="tags"><a class="p-category" href="/tags/water">مياه</a> <a class="p-category" href="/tags/energy">طاقة</a></p></footer></article>
    <aside class="related"><h4>منشورات ذات صلة</h4><p>{br}</p></aside></main></body></html>""",
                             "بي بي سي عربي", [(r, "similar") for r in REL])
    # 6 a vBulletin thread: the first post carries the story, a source line with a link, then the poster's
    # signature and two replies
    msg = "<br />\n<br />\n".join(P)
    pages["vbulletin-thread"] = (f"""<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>{T} - منتديات الخليج</title></head><body><div class="navbar"><a href="forum.php">منتديات الخليج</a> &gt; <a href="forumdisplay.php?f=5">الأخبار العامة</a></div>
    <table class="tborder" id="post101" width="100%"><tr><td class="thead">14-11-2025, 10:20 AM</td></tr>
    <tr><td class="alt2"><a class="bigusername" href="member.php?u=7">أبو خالد</a><div class="smallfont">عضو مميز</div></td>
    <td class="alt1" id="td_post_101"><div class="smallfont"><strong>{T}</strong></div><hr size="1" />
    <div id="post_message_101">{msg}<br />\n<br />\nالمصدر: <a href="https://www.alkhaleej.example/x" target="_blank">جريدة الخليج</a>
    <br />\n__________________<br />\nلا إله إلا الله</div></td></tr></table>
    <table class="tborder" id="post102" width="100%"><tr><td class="thead">14-11-2025, 11:02 AM</td></tr>
    <tr><td class="alt2"><a class="bigusername" href="member.php?u=9">سعيد</a></td><td class="alt1"><div id="post_message_102">خبر رائع، شكرا على النقل</div></td></tr></table>
    <table class="tborder" id="post103" width="100%"><tr><td class="thead">14-11-2025, 12:40 PM</td></tr>
    <tr><td class="alt2"><a class="bigusername" href="member.php?u=12">نورة</a></td><td class="alt1"><div id="post_message_103">الله يعطيك العافية</div></td></tr></table>
    </body></html>""", "جريدة الخليج", [], "2025-11-14T10:20")
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_third_set() -> dict[str, tuple[str | bytes, dict]]:
    """A footer's <cite> crediting the source, an <aside role=complementary> read-also card inside the body, a
    block theme's "you may like" list beside the footer's latest posts, a Vue app's data-v attributes and a
    credit after a dash in <small>, Wagtail StreamField blocks with a related-article block, and a CSS-in-JS
    page whose related links carry a relative time inside the link."""
    pages: dict = {}
    T = "اكتشاف موقع أثري يعود إلى العصر البرونزي في وادي النهر"
    D = "2025-12-01T13:45:00+03:00"
    P = [
     "أعلنت هيئة الآثار اكتشاف موقع أثري يعود إلى العصر البرونزي في وادي النهر، يضم بقايا مساكن وأدوات فخارية وحجرية.",
     "وقال رئيس البعثة إن الموقع يمتد على مساحة تقارب عشرة هكتارات، وإن أعمال التنقيب كشفت حتى الآن عن ثلاث طبقات سكنية متعاقبة.",
     "وأضاف أن القطع المكتشفة ستنقل إلى المتحف الوطني لدراستها وترميمها قبل عرضها على الجمهور.",
     "ومن المقرر أن تستأنف البعثة عملها في الربيع المقبل بمشاركة باحثين من ثلاث جامعات.",
    ]
    REL = [("/heritage/2025/11/20/museum-8801", "المتحف الوطني يفتتح قاعة جديدة للآثار"),
           ("/heritage/2025/11/12/coins-8790", "العثور على عملات نادرة في موقع قديم"),
           ("/heritage/2025/11/02/map-8770", "خريطة رقمية للمواقع الأثرية في البلاد")]
    OTHER = [("/sport/2025/11/30/cup-8820", "المنتخب يستعد لمباراة الحسم في التصفيات"),
             ("/economy/2025/11/30/bank-8818", "البنك المركزي يثبت سعر الفائدة"),
             ("/tech/2025/11/29/app-8811", "إطلاق تطبيق حكومي لخدمات النقل")]
    URLC = "https://www.turath.example/heritage/2025/12/01/bronze-8830"
    ps = _paragraphs
    top = _top(_head(T, D), "تراث اليوم", [("/heritage", "تراث"), ("/culture", "ثقافة"), ("/sport", "رياضة")])
    # 1 the source credited in a <cite> in the entry's footer, a link around the name
    pages["footer-cite"] = (top + f"""<main><article class="post"><header class="entry-header"><h1 class="entry-title">{T}</h1></header>
    <div class="entry-content">{ps(P)}</div><footer class="entry-footer"><cite>المصدر: <a href="https://www.petra.example/">وكالة الأنباء الأردنية</a></cite>
    <span class="cat-links"><a href="/heritage">تراث</a></span></footer></article></main>{_most_read(OTHER)}</body></html>""",
                            "وكالة الأنباء الأردنية", [])
    # 2 an <aside role="complementary"> card inside the body: a cue, a picture, the linked title and a short excerpt
    u0, t0 = REL[0]
    card = (f'<aside role="complementary" class="inline-promo"><p class="promo-label">اقرأ أيضاً</p><a href="{u0}">'
            f'<img src="/p/1.jpg" alt=""><strong>{t0}</strong></a><p class="promo-excerpt">قاعة تضم مئات القطع من عصور مختلفة.</p></aside>')
    pages["aside-promo"] = (top + f"""<main><article><h1>{T}</h1><div class="article-body">{ps(P[:2])}{card}{ps(P[2:])}
    <p>(بترا)</p></div></article></main>{_most_read(OTHER)}</body></html>""", "بترا", [(REL[0], "read_also")])
    # 3 a block theme: a "you may like" group after the post, the footer's latest posts widget
    pages["block-theme"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div class="wp-site-blocks">
    <header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">تراث اليوم</a></p><nav class="wp-block-navigation">
    <a href="/heritage">تراث</a><a href="/culture">ثقافة</a></nav></header><main class="wp-block-group"><h1 class="wp-block-post-title">{T}</h1>
    <div class="entry-content wp-block-post-content">{ps(P)}<p>المصدر: وكالة الأنباء العراقية</p></div>
    <div class="wp-block-group"><h2 class="wp-block-heading">قد يعجبك أيضاً</h2><ul class="wp-block-post-template">{li(REL)}</ul></div></main>
    <footer class="wp-block-template-part"><div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">أحدث المقالات</h2>
    <ul class="wp-block-latest-posts__list wp-block-latest-posts">{li(OTHER)}</ul></div></div></footer></div></body></html>""",
                            "وكالة الأنباء العراقية", [(r, "similar") for r in REL])
    # 4 a Vue app: data-v attributes everywhere, the credit after a dash in <small> closing the body
    dv = 'data-v-7f3a2c1e=""'
    pages["vue-small-credit"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_head(T, D)}</head><body><div id="app" {dv}>
    <div class="nav" {dv}><a href="/" {dv}>تراث اليوم</a><a href="/heritage" {dv}>تراث</a></div><div class="article" {dv}><h1 {dv}>{T}</h1>
    <div class="content" {dv}>{"".join(f'<p {dv}>{x}</p>' for x in P)}<small {dv}>— أ ف ب</small></div></div>
    <div class="sidebar" {dv}><h3 {dv}>الأكثر قراءة</h3><ul {dv}>{li(OTHER)}</ul></div></div></body></html>""", "أ ف ب", [])
    # 5 Wagtail StreamField: a block per paragraph, a related-article block between them, a source block after
    def blk(x: str) -> str:
        return f'<div class="block-paragraph"><div class="rich-text"><p>{x}</p></div></div>'
    u1, t1 = REL[1]
    relblk = (f'<div class="block-related_article"><p class="related-label">ذو صلة</p>'
              f'<a class="related-link" href="{u1}">{t1}</a></div>')
    pages["wagtail-streamfield"] = (top + f"""<main><div class="page-article"><h1 class="page-title">{T}</h1><div class="streamfield">
    {blk(P[0])}{blk(P[1])}{relblk}{blk(P[2])}{blk(P[3])}<div class="block-source"><p>نقلاً عن صحيفة الغد</p></div></div></div></main>
    {_most_read(OTHER)}</body></html>""", "صحيفة الغد", [(REL[1], "read_also")])
    # 6 CSS-in-JS classes; the related links carry a relative time inside the link, after the title
    rel = "".join(f'<a class="css-9k2mz" href="{u}"><div class="css-1p0q"><span class="css-7ab">{t}</span>'
                  f'<span class="css-3xy">قبل {n + 2} أيام</span></div></a>' for n, (u, t) in enumerate(REL))
    pages["css-in-js-times"] = (top + f"""<main class="css-0"><article class="css-1a"><h1 class="css-h1">{T}</h1>
    <div class="css-body">{"".join(f'<p class="css-p">{x}</p>' for x in P)}<p class="css-p">المصدر: وكالة الأنباء الكويتية</p></div></article>
    <section class="css-rel"><h2 class="css-h2">مواضيع ذات صلة</h2><div class="css-grid">{rel}</div></section></main>
    {_most_read(OTHER)}</body></html>""", "وكالة الأنباء الكويتية", [(r, "similar") for r in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_fourth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Articles given only as data: JSON-LD's articleBody with a read-also line, the source line and a related
    list run in with the text; a Next.js state whose body is HTML in "rendered" with linked read-also and related
    titles; a Nuxt payload of typed blocks whose related list's heading and titles are text blocks like the body's.
    Written after the fix that reads these lists, so not held out from it."""
    pages: dict = {}
    T = "تدشين أول خط قطار كهربائي يربط العاصمة بالمدن الساحلية"
    D = "2025-12-03T08:30:00+02:00"
    P = [
     "دشنت وزارة النقل صباح اليوم أول خط قطار كهربائي يربط العاصمة بالمدن الساحلية، بطول يقارب ثلاثمئة كيلومتر.",
     "ويختصر القطار الجديد زمن الرحلة من خمس ساعات إلى أقل من ساعتين، بسرعة تشغيل تصل إلى مئتين وخمسين كيلومترا في الساعة.",
     "وقال وزير النقل إن المشروع سيخدم نحو ثمانين ألف راكب يوميا، وسيسهم في تخفيف الازدحام على الطرق السريعة.",
     "ومن المنتظر افتتاح محطتين إضافيتين على الخط خلال الربع الأول من العام المقبل.",
    ]
    REL = [("/transport/2025/11/28/metro-6601", "بدء التشغيل التجريبي لمترو العاصمة"),
           ("/transport/2025/11/20/ports-6590", "توسعة الموانئ الساحلية لاستقبال السفن العملاقة"),
           ("/transport/2025/11/11/roads-6571", "خطة لتطوير الطرق السريعة بين المحافظات")]
    URLC = "https://www.naql.example/transport/2025/12/03/train-6610"
    def ld(body: str) -> str:
        o = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T, "datePublished": D, "articleBody": body}
        return f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>'
    def shell(head: str, tail: str = "") -> str:
        return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>{head}</head>'
                f'<body><div id="__next"></div>{tail}</body></html>')
    u0, t0 = REL[0]
    # 1 JSON-LD only: the body's text with a read-also line, the source line and a related list after it
    text = "\n\n".join([P[0], P[1], f"اقرأ أيضاً: {t0}", P[2], P[3], "المصدر: وكالة الأنباء الرسمية", "مواضيع ذات صلة",
                        REL[1][1], REL[2][1]])
    pages["jsonld-text"] = (shell(ld(text)), "وكالة الأنباء الرسمية", [((None, t0), "read_also"), ((None, REL[1][1]), "similar"),
                                                                   ((None, REL[2][1]), "similar")])
    # 2 Next.js: the body as HTML in "rendered", its read-also and related titles linked
    html_body = (_paragraphs(P[:2]) + f'<p><strong>طالع أيضا:</strong> <a href="{u0}">{t0}</a></p>' + _paragraphs(P[2:])
                 + "<p>(أ ف ب)</p><h4>أخبار مرتبطة</h4><ul>" + li(REL[1:]) + "</ul>")
    state = {"props": {"pageProps": {"article": {"title": {"rendered": T}, "date": D, "content": {"rendered": html_body}}}}}
    pages["next-rendered"] = (shell("", f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'),
                              "أ ف ب", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])
    # 3 a Nuxt payload of typed blocks: text blocks, a "related" block of its own with its label as a text block
    blocks = ([{"type": "text", "text": x} for x in P] + [{"type": "text", "text": "(رويترز)"}, {"type": "text", "text": "قصص متعلقة"}]
              + [{"type": "text", "text": t} for _, t in REL])
    nuxt = {"data": [{"story": {"headline": T, "publishedAt": D, "body": blocks}}]}
    pages["nuxt-blocks"] = (shell("", f"<script>window.__NUXT__ = {json.dumps(nuxt, ensure_ascii=False)};</script>"),
                            "رويترز", [((None, t), "similar") for _, t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_fifth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Six more families: a Contentful rich-text document and a Sanity portable-text body in a Next.js state, a
    SvelteKit fetched payload whose body is JSON inside JSON, a classic newspaper template with a Levantine
    dateline, a DotNetNuke module body in <br> lines with a related table, and a XenForo forum post. Scored once
    before the fixes for them (rich-text links, JSON text inside JSON, a read-also line among <br> lines)."""
    pages = {}
    T = "افتتاح مكتبة رقمية وطنية تضم أكثر من مليون كتاب ومخطوطة"
    D = "2025-12-07T10:15:00+03:00"
    P = [
     "افتتحت وزارة الثقافة اليوم المكتبة الرقمية الوطنية التي تتيح للقراء الوصول المجاني إلى أكثر من مليون كتاب ومخطوطة.",
     "وتضم المكتبة أرشيفا كاملا للصحف المحلية منذ مطلع القرن الماضي، إضافة إلى آلاف الخرائط والوثائق التاريخية النادرة.",
     "وأوضح مدير المشروع أن فرق العمل أمضت ثلاث سنوات في رقمنة المحتوى وفهرسته بحيث يمكن البحث في نصوصه كاملة.",
     "ومن المقرر أن تطلق الوزارة تطبيقا للهواتف الذكية يتيح قراءة الكتب دون اتصال بالإنترنت مطلع العام المقبل.",
    ]
    REL = [("/culture/2025/11/30/archive-7710", "ترميم أقدم مخطوطات دار الكتب بتقنيات حديثة"),
           ("/culture/2025/11/21/reading-7695", "مبادرة لتشجيع القراءة بين طلاب المدارس"),
           ("/culture/2025/11/12/fair-7680", "معرض الكتاب يستقبل نصف مليون زائر في دورته الأخيرة")]
    MOST = [("/sport/2025/12/06/final-7801", "المنتخب يتأهل إلى نهائي البطولة العربية"),
            ("/economy/2025/12/06/gold-7799", "ارتفاع أسعار الذهب في الأسواق المحلية"),
            ("/local/2025/12/05/rain-7790", "أمطار غزيرة متوقعة على المناطق الشمالية")]
    URLC = "https://www.thaqafa.example/culture/2025/12/07/library-7720"
    u0, t0 = REL[0]

    def shell(head, body):
        return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>{head}</head>'
                f'<body>{body}</body></html>')

    # 1 Contentful rich text in a Next.js state: a read-also paragraph with a hyperlink node, a heading node and a
    # list of hyperlinks after the body, the source as the last paragraph
    def txt(v):
        return {"nodeType": "text", "value": v, "marks": [], "data": {}}
    def para(*content):
        return {"nodeType": "paragraph", "data": {}, "content": list(content)}
    def link(u, t):
        return {"nodeType": "hyperlink", "data": {"uri": u}, "content": [txt(t)]}
    doc = {"nodeType": "document", "data": {}, "content": [
        para(txt(P[0])), para(txt(P[1])), para(txt("شاهد كذلك: "), link(u0, t0), txt("")),
        para(txt(P[2])), para(txt(P[3])), para(txt("المصدر: وكالة الأنباء العمانية")),
        {"nodeType": "heading-3", "data": {}, "content": [txt("روابط متصلة بالموضوع")]},
        {"nodeType": "unordered-list", "data": {}, "content": [
            {"nodeType": "list-item", "data": {}, "content": [para(link(u, t))]} for u, t in REL[1:]]}]}
    state = {"props": {"pageProps": {"entry": {"fields": {"headline": T, "publishDate": D, "body": doc}}}}}
    pages["contentful-rich-text"] = (
        shell("", f'<div id="__next"><div class="skeleton"></div></div><script id="__NEXT_DATA__" type="application/json">'
                  f'{json.dumps(state, ensure_ascii=False)}</script>'),
        "وكالة الأنباء العمانية", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 2 Sanity portable text: blocks of spans, a link as a mark, a heading block and bullet list items
    def block(text, style="normal", href=None, lead=None, list_item=None):
        children, marks = [], []
        if lead:
            children.append({"_type": "span", "_key": "a1", "text": lead, "marks": []})
        if href:
            marks = [{"_key": "l1", "_type": "link", "href": href}]
        children.append({"_type": "span", "_key": "a2", "text": text, "marks": ["l1"] if href else []})
        b = {"_type": "block", "_key": f"k{zlib.crc32(text.encode()) % 10000}", "style": style, "markDefs": marks,
             "children": children}
        if list_item:
            b["listItem"], b["level"] = list_item, 1
        return b
    body = [block(P[0]), block(P[1]), block(t0, href=u0, lead="إقرأ المزيد: "), block(P[2]), block(P[3]),
            block("(كونا)"), block("قصص متصلة", style="h4")] + [block(t, href=u, list_item="bullet") for u, t in REL[1:]]
    state = {"props": {"pageProps": {"post": {"title": T, "publishedAt": D, "body": body}}}}
    pages["sanity-portable-text"] = (
        shell("", f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
                  f'{json.dumps(state, ensure_ascii=False)}</script>'),
        "كونا", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 3 SvelteKit: the fetched API answer, its body a JSON string holding the article's HTML
    content = (_paragraphs(P[:2]) + f'<aside><p>طالع أيضا ⇐ <a href="{u0}">{t0}</a></p></aside>' + _paragraphs(P[2:])
               + "<p><em>المصدر: صحيفة الوطن</em></p><h3>أخبار في الإطار نفسه</h3><ul>" + li(REL[1:]) + "</ul>")
    api = {"title": T, "date": D, "content": content}
    fetched = {"status": 200, "statusText": "", "headers": {}, "body": json.dumps(api, ensure_ascii=False)}
    pages["sveltekit-fetched"] = (
        shell('<link rel="modulepreload" href="/_app/immutable/entry/start.js">',
              f'<div style="display: contents"><div class="loading">…</div></div>'
              f'<script type="application/json" data-sveltekit-fetched data-url="/api/articles/library-7720">'
              f'{json.dumps(fetched, ensure_ascii=False)}</script>'),
        "صحيفة الوطن", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 4 a classic newspaper template: a Levantine dateline with the agency in brackets, a relations box, a
    # most-commented box
    nav = [("/local", "محليات"), ("/culture", "ثقافة"), ("/economy", "اقتصاد"), ("/sport", "رياضة")]
    dl = "عمان 7 كانون الأول (بترا)- "
    body4 = (f'<div class="article"><div class="kicker">ثقافة</div><h1>{T}</h1><div class="meta">'
             f'<span class="date">الأحد 7 كانون الأول 2025</span></div><div class="body"><p>{dl}{P[0]}</p>'
             + _paragraphs(P[1:]) + '</div><div class="relations"><h3>ذو صلة</h3><ul>' + li(REL) + "</ul></div></div>"
             + '<aside><h3>الأكثر تعليقا</h3><ul>' + li(MOST) + "</ul></aside>")
    pages["classic-newspaper"] = (_top(f'<meta charset="utf-8"><title>{T}</title>', "جريدة الثقافة", nav) + body4
                                  + "<footer>جميع الحقوق محفوظة</footer></body></html>",
                                  "بترا", [(u_t, "similar") for u_t in REL], "2025-12-07")

    # 5 DotNetNuke: the body in one span of <br> lines, a read-also line with its link, the source after an arrow,
    # a table of other stories
    lines = "<br /><br />".join([P[0], P[1], f'طالعوا أيضاً: <a href="{u0}">{t0}</a>', P[2], P[3],
                                  "المصدر ⟵ جريدة الغد"])
    table = ('<table class="otherNews"><tr><td><b>مواضيع أخرى قد تهمك</b></td></tr>'
             + "".join(f'<tr><td><a href="{u}">{t}</a></td></tr>' for u, t in REL[1:]) + "</table>")
    body5 = (f'<div id="dnn_ContentPane"><div class="DnnModule"><h2 class="Head">{T}</h2>'
             f'<span id="dnn_ctr1034_ViewArticle_lblDate">7/12/2025 10:15:00 ص</span><br />'
             f'<span id="dnn_ctr1034_ViewArticle_lblContent" class="Normal">{lines}</span>{table}</div></div>')
    pages["dnn-module"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} - بوابة الثقافة'
                           f'</title><meta property="article:published_time" content="{D}"></head><body><form id="Form">'
                           f'{body5}</form></body></html>',
                           "جريدة الغد", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 6 a XenForo forum post: the news copied into a post of <br> lines, its source as a linked name, a signature,
    # similar threads under the post
    post = "<br />\n<br />\n".join(P) + '<br />\n<br />\nالمصدر: <a href="https://www.alghad.example/x" class="link link--external">جريدة الغد</a>'
    body6 = (f'<div class="p-body"><div class="p-title"><h1 class="p-title-value">{T}</h1></div>'
             f'<article class="message message--post"><div class="message-cell message-cell--user"><h4 class="message-name">'
             f'<a href="/members/reader.12/">قارئ نهم</a></h4><div class="userTitle">عضو مميز</div></div>'
             f'<div class="message-cell message-cell--main"><ul class="message-attribution-main"><li><a href="#post-1">'
             f'<time class="u-dt" datetime="{D}">7 ديسمبر 2025</time></a></li></ul>'
             f'<div class="message-content"><div class="bbWrapper">{post}</div>'
             f'<aside class="message-signature"><div class="bbWrapper">اللهم اجعل هذا العمل خالصا لوجهك الكريم</div></aside>'
             f'</div></div></article>'
             f'<div class="block"><h3 class="block-minorHeader">مواضيع مشابهة</h3><ul>'
             + "".join(f'<li><a href="/threads/{u.rsplit("/",1)[1]}/">{t}</a></li>' for u, t in REL)
             + "</ul></div></div>")
    pages["xenforo-post"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T} | منتدى القراء'
                             f'</title></head><body>{body6}</body></html>',
                             "جريدة الغد", [((f'/threads/{u.rsplit("/",1)[1]}/', t), "similar") for u, t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D, first={"classic-newspaper": "عمان 7 كانون الأول (بترا)- "})


def twenty_sixth_set() -> dict[str, tuple[str | bytes, dict]]:
    """Five more families: Adobe Experience Manager's components, Brightspot's rich-text enhancements, a Swiper
    carousel of related stories whose loop clones its slides, a Nuxt 3 payload (a flat array of values that refer
    to one another by index) and WordPress' Newspack theme with a posts block inside the content. Scored once
    before the fixes for them (the payload rebuilt from its indexes, "المزيد في الموضوع" as the story's list)."""
    pages = {}
    T = "إطلاق برنامج وطني لتدريب عشرة آلاف شاب على مهارات البرمجة"
    D = "2025-12-06T09:00:00+04:00"
    P = [
     "أطلقت وزارة الاتصالات اليوم برنامجا وطنيا لتدريب عشرة آلاف شاب وشابة على مهارات البرمجة وتحليل البيانات خلال عامين.",
     "ويستهدف البرنامج خريجي الجامعات والمعاهد الفنية، ويقدم دورات مجانية بالتعاون مع شركات تقنية محلية وعالمية.",
     "وقال وزير الاتصالات إن البرنامج يسعى إلى سد الفجوة بين مخرجات التعليم واحتياجات سوق العمل في القطاع الرقمي.",
     "ويحصل المتدربون المتفوقون على فرص تدريب ميداني في الشركات الشريكة تمهيدا لتوظيفهم بعد انتهاء البرنامج.",
    ]
    REL = [("/tech/2025/11/29/coding-8810", "مسابقة وطنية للبرمجة تجذب ألفي طالب"),
           ("/tech/2025/11/22/data-8795", "افتتاح أول مركز لعلوم البيانات في الجامعة الوطنية"),
           ("/tech/2025/11/14/jobs-8780", "قطاع التقنية يوفر خمسة آلاف وظيفة جديدة هذا العام")]
    MOST = [("/sport/2025/12/05/cup-8901", "الفريق الأول يتوج بكأس الدوري للمرة الثالثة"),
            ("/economy/2025/12/05/oil-8899", "أسعار النفط تتراجع في تعاملات الأسبوع"),
            ("/local/2025/12/04/roads-8890", "افتتاح طريق جديد يربط المدن الشمالية")]
    URLC = "https://www.tech.example/tech/2025/12/06/program-8820"
    u0, t0 = REL[0]
    nav = [("/local", "محليات"), ("/tech", "تقنية"), ("/economy", "اقتصاد")]

    # 1 Adobe Experience Manager: a text component per paragraph, a teaser component as read-also, a list component
    def cmp_text(x):
        return f'<div class="text aem-GridColumn"><div class="cmp-text"><p>{x}</p></div></div>'
    body1 = (f'<div class="root responsivegrid"><div class="aem-Grid"><div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{T}</h1></div></div>'
             + "".join(cmp_text(x) for x in P[:2])
             + f'<div class="teaser"><div class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">اقرأ أيضاً</p>'
               f'<h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{u0}">{t0}</a></h3></div></div></div>'
             + "".join(cmp_text(x) for x in P[2:]) + cmp_text("(وام)")
             + '<div class="list"><h2 class="cmp-list__title">تقارير متصلة</h2><ul class="cmp-list">'
             + "".join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{u}"><span class="cmp-list__item-title">{t}</span></a></li>' for u, t in REL[1:])
             + "</ul></div></div></div>")
    pages["aem-components"] = (_top(_head(T, D), "بوابة التقنية", nav) + f"<main>{body1}</main>" + _most_read(MOST) + "</body></html>",
                               "وام", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 2 Brightspot: rich text with an enhancement (a promo) between paragraphs, a list module after the body
    promo = (f'<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoB" data-content-type="article">'
             f'<div class="PromoB-content"><div class="PromoB-category">ذو صلة</div><div class="PromoB-title"><a class="Link" href="{u0}">{t0}</a></div>'
             f'</div></ps-promo></div></div>')
    body2 = (f'<div class="ArticlePage-mainContent"><div class="ArticlePage-headline"><h1 class="ArticlePage-headline">{T}</h1></div>'
             f'<div class="RichTextArticleBody RichTextBody"><p>{P[0]}</p><p>{P[1]}</p>{promo}<p>{P[2]}</p><p>{P[3]}</p>'
             f'<p>المصدر: صحيفة البيان</p></div></div>'
             f'<div class="ArticlePage-below"><ps-list-loadmore class="ListD"><div class="ListD-header"><h2 class="ListD-title">قراءات على صلة</h2></div>'
             f'<ul class="ListD-items">' + "".join(f'<li class="ListD-items-item"><ps-promo class="PromoC"><div class="PromoC-title"><a class="Link" href="{u}">{t}</a></div></ps-promo></li>' for u, t in REL[1:])
             + "</ul></ps-list-loadmore></div>")
    pages["brightspot-enhancement"] = (_top(_head(T, D), "بوابة التقنية", nav) + f"<main>{body2}</main>" + _most_read(MOST) + "</body></html>",
                                       "صحيفة البيان", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 3 a Swiper carousel of related stories after the body: its loop clones the first and the last slide
    def slide(u, t, dup=""):
        return (f'<div class="swiper-slide{dup}"><a href="{u}"><img src="/img{u}.jpg" alt=""></a>'
                f'<h4><a href="{u}">{t}</a></h4></div>')
    slides = (slide(*REL[-1], " swiper-slide-duplicate") + "".join(slide(u, t) for u, t in REL)
              + slide(*REL[0], " swiper-slide-duplicate"))
    body3 = (f'<article><h1>{T}</h1><time datetime="{D}">6 ديسمبر 2025</time><div class="post-body">{_paragraphs(P)}'
             f'<p>– رويترز</p></div></article><section class="more"><div class="sec-head"><span>مواضيع ذات صلة</span></div>'
             f'<div class="swiper"><div class="swiper-wrapper">{slides}</div><div class="swiper-button-next"></div>'
             f'<div class="swiper-button-prev"></div></div></section>')
    pages["swiper-related"] = (_top(f'<meta charset="utf-8"><title>{T}</title>', "بوابة التقنية", nav) + f"<main>{body3}</main>" + _most_read(MOST)
                               + "</body></html>", "رويترز", [(u_t, "similar") for u_t in REL])

    # 4 a Nuxt 3 payload: a flat array whose objects refer to other entries by index
    html_body = (_paragraphs(P[:2]) + f'<p>طالع كذلك: <a href="{u0}">{t0}</a></p>' + _paragraphs(P[2:])
                 + "<p>(كونا)</p><h3>أخبار مرتبطة</h3><ul>" + li(REL[1:]) + "</ul>")
    payload = [["ShallowReactive", 1], {"data": 2, "state": 8}, ["ShallowReactive", 3], {"article-program-8820": 4},
               {"title": 5, "publishedAt": 6, "bodyHtml": 7}, T, D, html_body, {}]
    pages["nuxt3-payload"] = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title></head><body>'
                              f'<div id="__nuxt"><div class="page-loading"></div></div><script type="application/json" id="__NUXT_DATA__" '
                              f'data-ssr="true">{json.dumps(payload, ensure_ascii=False)}</script></body></html>',
                              "كونا", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 5 Newspack: a homepage-articles block inside the content after the body, with a section title
    block = ('<div class="wp-block-newspack-blocks-homepage-articles is-grid columns-3 show-image"><div data-posts>'
             '<h2 class="article-section-title"><span>المزيد في الموضوع</span></h2>'
             + "".join(f'<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="{u}">{t}</a></h3>'
                       f'<div class="newspack-post-subtitle"></div><div class="entry-meta"><time class="entry-date published">قبل أسبوع</time></div>'
                       f'</div></article>' for u, t in REL) + "</div></div>")
    body5 = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{T}</h1>'
             f'<div class="entry-subhead"><div class="entry-meta"><span class="byline">بقلم <a href="/author/staff">فريق التحرير</a></span>'
             f'<time class="entry-date published" datetime="{D}">6 ديسمبر 2025</time></div></div></header>'
             f'<div class="entry-content">{_paragraphs(P)}<p><em>(أ ش أ)</em></p>{block}</div></article>')
    pages["newspack-posts-block"] = (_top(_head(T, D), "بوابة التقنية", nav) + f'<div id="primary"><main id="main">{body5}</main></div>'
                                     + _most_read(MOST) + "</body></html>",
                                     "أ ش أ", [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_seventh_set() -> dict[str, tuple[str | bytes, dict]]:
    """Five more shapes: a web-component page whose article is server-rendered in declarative shadow DOM
    (<template shadowrootmode>), an AMP page whose related list is an amp-accordion section, an old portal with
    a news ticker in a <marquee>, inline article cards between paragraphs with no words of their own (a wire
    site's), and a government portal's journal article whose source is a label and a value in a table's cells.
    Scored once before the fixes for them (a shadow root's template unwrapped, story cards between the parts of
    a body cut into blocks)."""
    pages = {}
    T = "افتتاح محطة جديدة لتحلية مياه البحر بطاقة مئتي ألف متر مكعب يوميا"
    D = "2025-12-05T11:20:00+03:00"
    P = [
     "افتتحت هيئة المياه اليوم محطة جديدة لتحلية مياه البحر على الساحل الشرقي بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.",
     "وتعمل المحطة بتقنية التناضح العكسي وتعتمد جزئيا على الطاقة الشمسية، ما يخفض استهلاكها للكهرباء بنحو الثلث.",
     "وقال رئيس الهيئة إن المحطة ستغطي احتياجات أكثر من مليون نسمة في المدن الساحلية والمناطق المجاورة لها.",
     "وتخطط الهيئة لإنشاء محطتين إضافيتين خلال السنوات الخمس المقبلة لمواكبة النمو السكاني المتسارع.",
    ]
    REL = [("/water/2025/11/27/dam-9910", "بدء تشغيل سد جديد لتخزين مياه الأمطار في الجنوب"),
           ("/water/2025/11/19/pipes-9895", "مشروع لتجديد شبكات المياه القديمة في العاصمة"),
           ("/water/2025/11/08/saving-9870", "حملة وطنية لترشيد استهلاك المياه في المنازل")]
    MOST = [("/sport/2025/12/04/race-9990", "انطلاق سباق الدراجات الدولي بمشاركة ثلاثين دولة"),
            ("/economy/2025/12/04/bonds-9981", "إصدار سندات حكومية بقيمة ملياري دولار"),
            ("/local/2025/12/03/school-9975", "افتتاح عشر مدارس جديدة في المحافظات")]
    URLC = "https://www.miyah.example/water/2025/12/05/plant-9920"
    u0, t0 = REL[0]
    nav = [("/local", "محليات"), ("/water", "مياه وطاقة"), ("/economy", "اقتصاد")]

    def top() -> str:
        return _top(_head(T, D), "بوابة المياه", nav)

    # 1 declarative shadow DOM: the web component's article rendered inside <template shadowrootmode="open">
    inner = (f'<style>p{{line-height:1.8}}</style><article><h1>{T}</h1>{_paragraphs(P[:2])}<p>اقرأ أيضاً: <a href="{u0}">{t0}</a></p>'
             f'{_paragraphs(P[2:])}<p>(واس)</p><h3>أخبار مرتبطة</h3><ul>{li(REL[1:])}</ul></article>')
    pages["declarative-shadow-dom"] = (top() + f'<main><news-article><template shadowrootmode="open">{inner}</template>'
                                       f'</news-article></main>' + _most_read(MOST) + "</body></html>",
                                       "واس", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 2 AMP: the related list is a section of an amp-accordion after the body
    amp = (f'<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>'
           f'<link rel="canonical" href="{URLC}"><meta property="article:published_time" content="{D}">'
           f'<script async src="https://cdn.ampproject.org/v0.js"></script></head><body><header class="amp-header"><a href="/">بوابة المياه</a></header>'
           f'<article><h1 class="amp-title">{T}</h1><div class="amp-body">{_paragraphs(P)}<p>المصدر - وكالة الأنباء القطرية</p></div>'
           f'<amp-accordion class="related" animate><section expanded><h4>تقارير ذات علاقة</h4><div><ul>{li(REL)}</ul></div></section>'
           f'<section><h4>الأكثر مشاهدة</h4><div><ul>{li(MOST)}</ul></div></section></amp-accordion></article></body></html>')
    pages["amp-accordion"] = (amp, "وكالة الأنباء القطرية", [(u_t, "similar") for u_t in REL])

    # 3 an old portal: a ticker in a <marquee> above the story, font tags, the story in a table cell
    ticker = '<marquee direction="right" scrollamount="3">' + " ❖ ".join(f'<a href="{u}">{t}</a>' for u, t in MOST) + "</marquee>"
    cell = (f'<td class="news"><font size="4" color="#003366"><b>{T}</b></font><br><font size="2" color="gray">الجمعة 5 ديسمبر 2025</font>'
            f'<br><br><font size="3">' + "<br><br>".join(P) + "<br><br>المصدر: جريدة الرياض</font></td>")
    pages["portal-marquee"] = (f'<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{T}</title></head>'
                               f'<body><center><table width="780"><tr><td colspan="2"><img src="/logo.gif"></td></tr><tr><td>{ticker}</td></tr>'
                               f'<tr>{cell}<td width="180" valign="top"><b>روابط</b><br><a href="/">الرئيسية</a><br><a href="/archive">الأرشيف</a></td></tr>'
                               f'</table></center></body></html>',
                               "جريدة الرياض", [], "2025-12-05")

    # 4 inline article cards between paragraphs, no words of their own, as a wire site sets them
    def card(u, t):
        return (f'<div class="article__block" data-type="article"><div class="article__article"><a class="article__article-image" href="{u}">'
                f'<img src="/i{u}.jpg" alt=""></a><div class="article__article-desc"><a class="article__article-title" href="{u}">{t}</a>'
                f'</div></div></div>')

    def text(x: str) -> str:
        return f'<div class="article__block" data-type="text"><div class="article__text">{x}</div></div>'
    body4 = (f'<div class="article"><h1 class="article__title">{T}</h1><div class="article__announce-text">'
             f'<a href="/location_riyadh/">الرياض</a> - سبوتنيك. </div><div class="article__body">' + text(P[0]) + text(P[1]) + card(*REL[0])
             + text(P[2]) + card(*REL[1]) + text(P[3]) + '</div></div>')
    pages["wire-inline-cards"] = (top() + f"<main>{body4}</main>" + _most_read(MOST) + "</body></html>",
                                  "سبوتنيك", [(REL[0], "read_also"), (REL[1], "read_also")])

    # 5 a government portal's journal article: the source a label and a value in two cells of a meta table
    body5 = (f'<div class="portlet-body"><div class="journal-content-article"><h2 class="news-title">{T}</h2>'
             f'<table class="news-meta"><tr><td class="label">التاريخ</td><td>05/12/2025</td></tr>'
             f'<tr><td class="label">المصدر</td><td>وكالة الأنباء العمانية</td></tr></table>'
             f'<div class="news-body">{_paragraphs(P)}</div></div></div>'
             f'<div class="portlet-body"><div class="asset-publisher"><h3 class="portlet-title">أخبار ذات علاقة</h3><ul>{li(REL)}</ul></div></div>')
    pages["journal-meta-table"] = (top() + f"<main>{body5}</main></body></html>", "وكالة الأنباء العمانية",
                                   [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_eighth_set():
    """Five more shapes: a Remix app whose article is only in its loader data (window.__remixContext), an
    Angular app whose article is only in its TransferState script (quotes escaped as &q;), an Astro page whose
    related list is rendered inside an <astro-island>, a WordPress pull quote that repeats a body sentence, and an
    old portal's body as one text with blank lines between paragraphs (CSS pre-line, no <p>, no <br>). Scored once
    before the fixes for them (TransferState's entities unescaped, a state's story lists read by their keys' words,
    a text's blank lines parting its paragraphs)."""
    pages = {}
    T = "إطلاق أول قمر صناعي لرصد التصحر بالتعاون بين خمس جامعات عربية"
    D = "2025-12-06T09:40:00+02:00"
    P = [
     "أطلقت خمس جامعات عربية اليوم أول قمر صناعي مخصص لرصد التصحر وتدهور الأراضي الزراعية في المنطقة، من قاعدة إطلاق في آسيا الوسطى.",
     "ويزن القمر نحو ستين كيلوغراما ويحمل كاميرا متعددة الأطياف قادرة على تمييز الغطاء النباتي بدقة تصل إلى خمسة أمتار.",
     "وقال مدير المشروع إن البيانات ستتاح مجانا للباحثين ووزارات الزراعة في الدول المشاركة بعد ثلاثة أشهر من بدء التشغيل.",
     "ويأمل القائمون على المشروع أن يسهم القمر في وضع خرائط دقيقة للمناطق المهددة وتوجيه برامج التشجير نحوها.",
    ]
    REL = [("/science/2025/11/30/station-7710", "افتتاح محطة أرضية جديدة لاستقبال صور الأقمار الصناعية"),
           ("/science/2025/11/21/drought-7695", "دراسة تحذر من اتساع رقعة الجفاف في شمال أفريقيا"),
           ("/science/2025/11/09/trees-7660", "حملة لزراعة مليون شجرة على أطراف الصحراء")]
    MOST = [("/sport/2025/12/05/final-7790", "المنتخب يبلغ نهائي البطولة العربية بعد فوز مثير"),
            ("/economy/2025/12/05/gold-7781", "أسعار الذهب تتراجع مع صعود الدولار"),
            ("/art/2025/12/04/film-7775", "فيلم عربي يفوز بجائزة مهرجان دولي للسينما")]
    URLC = "https://www.falak.example/science/2025/12/06/satellite-7720"
    HOST = "https://www.falak.example"
    u0, t0 = REL[0]
    nav = [("/science", "علوم"), ("/economy", "اقتصاد"), ("/sport", "رياضة")]

    def top() -> str:
        return _top(_head(T, D), "فلك نيوز", nav)

    # 1 Remix: the HTML is a shell; the article lives in the route's loader data
    state = {"url": "/science/2025/12/06/satellite-7720", "state": {"loaderData": {
        "root": {"user": None, "menu": [{"label": t, "href": u} for u, t in nav]},
        "routes/$section.$y.$m.$d.$slug": {"article": {
            "headline": T, "publishedAt": D, "section": "علوم",
            "content": [{"type": "paragraph", "text": P[0]}, {"type": "paragraph", "text": P[1]},
                        {"type": "paragraph", "text": P[2]}, {"type": "paragraph", "text": P[3]},
                        {"type": "paragraph", "text": "(كونا)"}],
            "related": [{"title": t, "path": u} for u, t in REL]},
            "mostRead": [{"title": t, "path": u} for u, t in MOST]}}}}
    remix = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>'
             f'<link rel="canonical" href="{URLC}"></head><body><div id="app"><header><a href="/">فلك نيوز</a></header>'
             f'<main><div class="skeleton"></div></main></div>'
             f'<script>window.__remixContext = {json.dumps(state, ensure_ascii=False)};</script>'
             f'<script type="module" src="/build/entry.client-ABC123.js"></script></body></html>')
    pages["remix-loader-data"] = (remix, "كونا", [(u_t, "similar") for u_t in REL])

    # 2 Angular: an empty app root and the article in the TransferState script, quotes escaped as &q;
    body_html = "".join(f"<p>{x}</p>" for x in P) + "<p>(بنا)</p>"
    ng_state = {"article-7720": {"title": T, "date": D, "bodyHtml": body_html,
                                 "relatedNews": [{"title": t, "link": HOST + u} for u, t in REL]}}
    raw = json.dumps(ng_state, ensure_ascii=False)
    esc = raw.replace("&", "&a;").replace('"', "&q;").replace("'", "&s;").replace("<", "&l;").replace(">", "&g;")
    ng = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title>'
          f'<base href="/"></head><body><app-root ng-version="12.2.16"><app-header><a href="/">فلك نيوز</a></app-header>'
          f'<div class="loading">جار التحميل...</div></app-root>'
          f'<script id="serverApp-state" type="application/json">{esc}</script>'
          f'<script src="main.8a1b2c.js" defer></script></body></html>')
    pages["angular-transfer-state"] = (ng, "بنا", [(u_t, "similar") for u_t in REL])

    # 3 Astro: the article server-rendered; the related list inside a hydrated island, its props serialised too
    props = _html.escape(json.dumps({"items": [1, [[0, {"title": [0, t], "href": [0, u]}] for u, t in REL]]},
                                    ensure_ascii=False), quote=True)
    island = (f'<astro-island uid="Z1x2y3" component-url="/_astro/RelatedList.4f5e6d.js" component-export="default" '
              f'renderer-url="/_astro/client.9a8b7c.js" props="{props}" ssr="" client="visible">'
              f'<section class="related"><h2>في الملف نفسه</h2><ul>{li(REL)}</ul></section></astro-island>')
    astro = (top() + f'<main><article><h1>{T}</h1><time datetime="{D}">6 ديسمبر 2025</time>'
             f'{_paragraphs(P)}<p>الرباط - الأناضول</p></article>{island}</main>' + _most_read(MOST) + "</body></html>")
    pages["astro-island"] = (astro, "الأناضول", [(u_t, "similar") for u_t in REL])

    # 4 WordPress: a pull quote block repeats a body sentence; the source in a strong label after the body
    quote = ('<figure class="wp-block-pullquote"><blockquote><p>البيانات ستتاح مجانا للباحثين ووزارات الزراعة في الدول '
             'المشاركة</p><cite>مدير المشروع</cite></blockquote></figure>')
    wp = (top() + f'<main id="primary"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{T}</h1>'
          f'</header><div class="entry-content">{_paragraphs(P[:2])}{quote}{_paragraphs(P[2:])}'
          f'<p><strong>المصدر:</strong> وكالة الأنباء الأردنية (بترا)</p></div>'
          f'<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>مرتبط</em></h3>'
          + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{u}">{t}</a></h4></div>'
                    for u, t in REL)
          + '</div></article></main>' + _most_read(MOST) + "</body></html>")
    pages["wp-pullquote"] = (wp, "وكالة الأنباء الأردنية (بترا)", [(u_t, "similar") for u_t in REL])

    # 5 an old portal: the body one text, paragraphs apart by blank lines (white-space: pre-line), a read-also
    # line and its link inside it
    text = (f"{P[0]}\n\n{P[1]}\n\nاقرأ أيضا: <a href=\"{u0}\">{t0}</a>\n\n{P[2]}\n\n{P[3]}\n\n(رويترز)\n")
    portal = (f'<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{T}</title>'
              f'<style>.txt{{white-space:pre-line}}</style></head><body><table width="100%"><tr><td><a href="/">فلك نيوز</a> | '
              + " | ".join(f'<a href="{u}">{t}</a>' for u, t in nav) + f'</td></tr><tr><td><h2>{T}</h2>'
              f'<div class="date">السبت 6 ديسمبر 2025</div><div class="txt">{text}</div></td></tr>'
              f'<tr><td><b>الأكثر قراءة</b><br>' + "<br>".join(f'<a href="{u}">{t}</a>' for u, t in MOST)
              + '</td></tr></table></body></html>')
    pages["pre-line-text"] = (portal, "رويترز", [(REL[0], "read_also")], "2025-12-06")
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def twenty_ninth_set():
    """Five more shapes: an article kept whole in a <noscript> fallback while the page's main is an empty mount,
    an article rendered in an <iframe srcdoc> (its HTML escaped in the attribute), a page marked up only with
    schema.org microdata (itemprop articleBody, relatedLink), a React app's body as <div> blocks with no <p> and a
    read-also block among them, and a Hotwire page whose related list is a loaded <turbo-frame>. Scored once
    before the fix for them (a page with no article text otherwise reads its <noscript> fallback and its frames'
    own markup)."""
    pages = {}
    T = "افتتاح أكبر مكتبة رقمية عربية تضم مليون كتاب متاحة مجانا للقراء"
    D = "2025-12-07T10:15:00+03:00"
    P = [
     "افتتحت مؤسسة ثقافية عربية اليوم أكبر مكتبة رقمية باللغة العربية، تضم أكثر من مليون كتاب ومخطوطة متاحة مجانا للقراء في كل مكان.",
     "وتشمل المكتبة كتبا نادرة جرى ترميمها رقميا، إلى جانب دوريات ومجلات قديمة يعود بعضها إلى القرن التاسع عشر.",
     "وقال مدير المؤسسة إن المشروع استغرق ست سنوات من العمل بمشاركة مئات المتطوعين والباحثين من عدة دول.",
     "ويتيح الموقع البحث في النصوص الكاملة للكتب، مع إمكانية تحميلها أو قراءتها مباشرة عبر المتصفح والهاتف.",
    ]
    REL = [("/culture/2025/12/01/fair-8810", "معرض الكتاب الدولي يستقبل مليون زائر في دورته الجديدة"),
           ("/culture/2025/11/24/manuscripts-8795", "ترميم مئات المخطوطات النادرة في مكتبة تاريخية"),
           ("/culture/2025/11/15/translation-8760", "جائزة جديدة لترجمة الكتب العلمية إلى العربية")]
    MOST = [("/sport/2025/12/06/cup-8890", "المنتخب الوطني يتأهل إلى ربع نهائي الكأس"),
            ("/economy/2025/12/06/oil-8881", "أسعار النفط ترتفع للأسبوع الثالث على التوالي"),
            ("/tech/2025/12/05/phone-8875", "شركة ناشئة تطلق هاتفا ذكيا بسعر منخفض")]
    URLC = "https://www.thaqafa.example/culture/2025/12/07/library-8820"
    u0, t0 = REL[0]
    nav = [("/culture", "ثقافة"), ("/tech", "تقنية"), ("/economy", "اقتصاد")]

    def top() -> str:
        return _top(_head(T, D), "ثقافة اليوم", nav)

    # 1 the article whole in a <noscript> fallback; the main an empty mount point
    fallback = (f'<article><h1>{T}</h1>{_paragraphs(P[:2])}<p>اقرأ أيضاً: <a href="{u0}">{t0}</a></p>'
                f'{_paragraphs(P[2:])}<p>المصدر: وكالة الأنباء السعودية</p><h3>موضوعات ذات صلة</h3><ul>{li(REL[1:])}</ul></article>')
    pages["noscript-fallback"] = (top() + f'<main><div id="mount"></div><noscript>{fallback}</noscript></main>'
                                  + _most_read(MOST) + '<script src="/app.js"></script></body></html>',
                                  "وكالة الأنباء السعودية", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 2 the article rendered in an iframe's srcdoc
    doc = (f'<html><head><meta charset="utf-8"></head><body dir="rtl"><h1>{T}</h1>{_paragraphs(P)}'
           f'<p>(الأناضول)</p><h4>اقرأ في الموضوع نفسه</h4><ul>{li(REL)}</ul></body></html>')
    pages["iframe-srcdoc"] = (top() + f'<main><iframe title="article" srcdoc="{_html.escape(doc, quote=True)}" '
                              f'style="width:100%;height:2000px;border:0"></iframe></main>' + _most_read(MOST) + "</body></html>",
                              "الأناضول", [(u_t, "similar") for u_t in REL])

    # 3 microdata only: no classes, itemprops for the headline, the body and the related links
    micro = (f'<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{T}</h1>'
             f'<meta itemprop="datePublished" content="{D}"><div itemprop="articleBody">{_paragraphs(P)}</div>'
             f'<div itemprop="sourceOrganization" itemscope itemtype="https://schema.org/Organization">المصدر: '
             f'<span itemprop="name">وكالة أنباء الإمارات</span></div><div><h2>روابط ذات صلة</h2>'
             + "".join(f'<div><a itemprop="relatedLink" href="{u}">{t}</a></div>' for u, t in REL) + '</div></div>')
    pages["microdata-only"] = (top() + f"<main>{micro}</main>" + _most_read(MOST) + "</body></html>",
                               "وكالة أنباء الإمارات", [(u_t, "similar") for u_t in REL])

    # 4 a React app's body: <div> blocks, no <p>; a read-also block among them; the credit a div after
    def blk(x):
        return f'<div class="sc-1x2y3 blk">{x}</div>'
    react = (f'<div id="root"><div class="sc-a1b2"><h1 class="sc-h1x">{T}</h1><div class="sc-body">'
             + blk(P[0]) + blk(P[1]) + f'<div class="sc-ra"><span>طالع أيضاً</span><a href="{u0}">{t0}</a></div>'
             + blk(P[2]) + blk(P[3]) + blk("الرياض - واس") + '</div><div class="sc-rel"><div>تقارير مرتبطة</div>'
             + "".join(f'<div><a href="{u}">{t}</a></div>' for u, t in REL[1:]) + '</div></div></div>')
    pages["react-div-blocks"] = (top() + f"<main>{react}</main>" + _most_read(MOST) + "</body></html>",
                                 "واس", [(REL[0], "read_also"), (REL[1], "similar"), (REL[2], "similar")])

    # 5 Hotwire: the related list a loaded turbo-frame after the body
    turbo = (f'<turbo-frame id="article_8820"><article><h1>{T}</h1><div class="trix-content">{_paragraphs(P)}'
             f'<div>(د ب أ)</div></div></article></turbo-frame>'
             f'<turbo-frame id="related_8820" src="/culture/2025/12/07/library-8820/related" loading="lazy" complete>'
             f'<section><h3>مقالات قريبة من الموضوع</h3><ul>{li(REL)}</ul></section></turbo-frame>')
    pages["turbo-frames"] = (top() + f"<main>{turbo}</main>" + _most_read(MOST) + "</body></html>",
                             "د ب أ", [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def thirtieth_set():
    """Five more shapes: related cards as nested <article> elements inside the story's own <article>, a body pasted
    from Word (MsoNormal paragraphs, <o:p>, lang spans, &nbsp; paragraphs between), image cards whose headlines
    are only in their links' title attributes, an inline read-also list in a <details> element, and a Next.js app
    router page whose article is only in its flight data (self.__next_f.push). Scored once before the fix for
    them (the flight data's chunks joined and its lines' values read as a state)."""
    pages = {}
    T = "اكتشاف موقع أثري يعود إلى العصر البرونزي قرب ساحل البحر الأحمر"
    D = "2025-12-08T13:05:00+03:00"
    P = [
     "أعلنت بعثة أثرية مشتركة اليوم اكتشاف موقع أثري يعود إلى العصر البرونزي قرب ساحل البحر الأحمر، يضم بقايا مساكن وأدوات فخارية.",
     "وقال رئيس البعثة إن الموقع كان على ما يبدو مركزا تجاريا صغيرا ربط بين قوافل الداخل وموانئ الساحل قبل أكثر من أربعة آلاف عام.",
     "وعثر الفريق على أختام حجرية ونقوش بدائية يجري حاليا تحليلها في مختبرات متخصصة لتحديد أصولها بدقة.",
     "ومن المقرر أن تستأنف أعمال التنقيب في الربيع المقبل بعد انتهاء موسم الأمطار في المنطقة.",
    ]
    REL = [("/heritage/2025/12/02/museum-6610", "افتتاح جناح جديد للآثار البحرية في المتحف الوطني"),
           ("/heritage/2025/11/25/shipwreck-6595", "العثور على حطام سفينة تجارية قديمة قبالة الساحل"),
           ("/heritage/2025/11/12/inscriptions-6570", "فك رموز نقوش صخرية نادرة في الصحراء الشرقية")]
    MOST = [("/sport/2025/12/07/derby-6690", "تعادل مثير في ديربي العاصمة"),
            ("/economy/2025/12/07/wheat-6681", "ارتفاع أسعار القمح في الأسواق العالمية"),
            ("/health/2025/12/06/flu-6675", "وزارة الصحة تطلق حملة للتطعيم ضد الإنفلونزا")]
    URLC = "https://www.athar.example/heritage/2025/12/08/bronze-6620"
    u0, t0 = REL[0]
    nav = [("/heritage", "تراث"), ("/health", "صحة"), ("/economy", "اقتصاد")]

    def top() -> str:
        return _top(_head(T, D), "أثر", nav)

    # 1 related cards as nested <article> elements inside the story's <article>
    cards = "".join(f'<article class="card"><a href="{u}"><img src="/i{n}.jpg" alt=""></a><h3><a href="{u}">{t}</a></h3>'
                    f'<time>2025-11-2{n}</time></article>' for n, (u, t) in enumerate(REL))
    nested = (f'<article class="story"><header><h1>{T}</h1></header><div class="story-body">{_paragraphs(P)}'
              f'<p>(رويترز)</p></div><section class="more"><h2>في السياق</h2>{cards}</section></article>')
    pages["nested-articles"] = (top() + f"<main>{nested}</main>" + _most_read(MOST) + "</body></html>",
                                "رويترز", [(u_t, "similar") for u_t in REL])

    # 2 a body pasted from Word: MsoNormal paragraphs with lang spans, <o:p>, empty &nbsp; paragraphs between
    def mso(x):
        return (f'<p class="MsoNormal" dir="RTL" style="text-align:justify"><span lang="AR-SA" style="font-size:14.0pt;'
                f'font-family:&quot;Simplified Arabic&quot;">{x}</span><span dir="LTR"><o:p></o:p></span></p>')
    gap = '<p class="MsoNormal" dir="RTL"><span lang="AR-SA">&nbsp;</span><o:p></o:p></p>'
    word = gap.join(mso(x) for x in P) + gap + mso('<b>المصدر:</b> وكالة الأنباء اليمنية (سبأ)')
    pages["word-pasted"] = (top() + f'<main><h1 class="title">{T}</h1><div class="content">{word}</div>'
                            f'<div class="related"><h3>أخبار ذات علاقة</h3><ul>{li(REL)}</ul></div></main>'
                            + _most_read(MOST) + "</body></html>",
                            "وكالة الأنباء اليمنية (سبأ)", [(u_t, "similar") for u_t in REL])

    # 3 image cards: the headline only in each link's title attribute (and the picture's alt)
    imgcards = "".join(f'<a href="{u}" title="{t}" class="thumb"><img src="/t{n}.jpg" alt="{t}" loading="lazy"></a>'
                       for n, (u, t) in enumerate(REL))
    pages["title-attribute-cards"] = (top() + f'<main><article><h1>{T}</h1>{_paragraphs(P)}<p>الرياض - واس</p></article>'
                                      f'<div class="gallery-related"><h4>قصص ذات صلة</h4><div class="row">{imgcards}</div></div>'
                                      f'</main>' + _most_read(MOST) + "</body></html>",
                                      "واس", [(u_t, "similar") for u_t in REL])

    # 4 an inline read-also list folded in a <details> element between paragraphs
    det = f'<details class="read-more"><summary>اقرأ أيضاً</summary><ul>{li(REL[:2])}</ul></details>'
    pages["details-inline"] = (top() + f'<main><article><h1>{T}</h1>{_paragraphs(P[:2])}{det}{_paragraphs(P[2:])}'
                               f'<p>المصدر: الأناضول</p></article></main>' + _most_read(MOST) + "</body></html>",
                               "الأناضول", [(REL[0], "read_also"), (REL[1], "read_also")])

    # 5 Next.js app router: the HTML a shell, the article only in the flight data's pushed chunks
    art = {"article": {"id": 6620, "headline": T, "publishedAt": D,
                       "bodyHtml": "".join(f"<p>{x}</p>" for x in P) + "<p>(د ب أ)</p>",
                       "relatedArticles": [{"title": t, "url": u} for u, t in REL]}}
    flight = f'5:["$","div",null,{{"className":"page","children":["$","$L6",null,{json.dumps(art, ensure_ascii=False)}]}}]\n'
    chunks = [[0], [1, '1:HL["/_next/static/css/app.css","style"]\n'], [1, flight]]
    pushes = "".join(f"<script>self.__next_f.push({json.dumps(c, ensure_ascii=False)})</script>" for c in chunks)
    nextapp = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{T}</title></head><body>'
               f'<div class="layout"><header><a href="/">أثر</a></header><main><div class="spinner"></div></main></div>'
               f'<script src="/_next/static/chunks/webpack.js" async></script>{pushes}</body></html>')
    pages["next-app-flight"] = (nextapp, "د ب أ", [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def thirty_first_set():
    """Five more shapes: a page whose only date is written in Arabic-Indic digits with the Hijri date beside the
    Gregorian one, a text-only edition whose body is a <pre> of hard-wrapped lines, a Drupal page marked up with
    RDFa alone (property="schema:articleBody"), a read-also card link set inside a paragraph between two of its
    sentences, and a WordPress columns block that splits the body across two columns. Scored once before the
    fixes for them (a line of date words alone however long is no paragraph; what stands before the headline in
    the body's container is none)."""
    pages = {}
    T = "تدشين أول خط قطار كهربائي يربط العاصمة بالمدن الساحلية"
    D = "2025-12-14T10:30:00+03:00"
    P = [
     "دشنت وزارة النقل اليوم أول خط قطار كهربائي يربط العاصمة بثلاث مدن ساحلية، بطول يتجاوز أربعمئة كيلومتر.",
     "وتبلغ سرعة القطار القصوى مئتين وخمسين كيلومترا في الساعة، ما يختصر زمن الرحلة إلى أقل من ساعتين.",
     "وقال وزير النقل إن المشروع سيخفف الضغط على الطرق السريعة ويقلل انبعاثات الكربون بنسبة كبيرة.",
     "ومن المتوقع أن ينقل الخط أكثر من عشرين ألف راكب يوميا في مرحلته الأولى، على أن تزيد الرحلات تدريجيا.",
    ]
    REL = [("/transport/2025/12/09/airport-5510", "افتتاح صالة جديدة في المطار الدولي لاستيعاب المسافرين"),
           ("/transport/2025/12/01/metro-5495", "بدء الأعمال الإنشائية لمترو العاصمة"),
           ("/transport/2025/11/20/port-5470", "توسعة الميناء التجاري لاستقبال السفن الكبيرة")]
    MOST = [("/sport/2025/12/13/final-5590", "النادي الأهلي يفوز بالكأس بعد ركلات الترجيح"),
            ("/economy/2025/12/13/rates-5581", "البنك المركزي يثبت أسعار الفائدة"),
            ("/tech/2025/12/12/app-5575", "تطبيق حكومي جديد لتجديد الوثائق إلكترونيا")]
    URLC = "https://www.naql.example/transport/2025/12/14/train-5520"
    u0, t0 = REL[0]
    nav = [("/transport", "نقل"), ("/tech", "تقنية"), ("/economy", "اقتصاد")]

    def top(head=None) -> str:
        return _top(head or _head(T, D), "النقل اليوم", nav)

    # 1 the only date in Arabic-Indic digits, the Hijri date beside the Gregorian; a dateline opens the body
    plain_head = f'<meta charset="utf-8"><title>{T}</title>'
    dated = (f'<main><article><h1>{T}</h1><div class="info">الأحد ٢٣ جمادى الآخرة ١٤٤٧ هـ - الموافق ١٤ ديسمبر ٢٠٢٥ - '
             f'١٠:٣٠ ص</div><p>الرياض (واس) - {P[0]}</p>{_paragraphs(P[1:])}<h3>أخبار ذات صلة</h3><ul>{li(REL)}</ul>'
             f'</article></main>')
    pages["arabic-indic-date"] = (top(plain_head) + dated + _most_read(MOST) + "</body></html>", "واس",
                                  [(u_t, "similar") for u_t in REL], "2025-12-14")

    # 2 a text-only edition: the body a <pre> of lines wrapped at about seventy characters, blank lines between
    pre = "\n\n".join(textwrap.fill(x, 70) for x in P) + "\n\n(أ ف ب)"
    pages["text-only-pre"] = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{T}</title></head><body>'
                              f'<p><a href="/">النقل اليوم - النسخة النصية</a></p><h2>{T}</h2><p>14/12/2025</p>'
                              f'<pre>{pre}</pre><hr><p>اقرأ أيضاً:</p><ul>{li(REL)}</ul></body></html>',
                              "أ ف ب", [(u_t, "similar") for u_t in REL], "2025-12-14")

    # 3 Drupal with RDFa alone: no classes on the article's parts, properties name them
    rdfa = (f'<article about="/transport/2025/12/14/train-5520" typeof="schema:NewsArticle"><h1 property="schema:name">'
            f'<span>{T}</span></h1><span property="schema:dateCreated" content="{D}"></span>'
            f'<div property="schema:articleBody">{_paragraphs(P)}<p>المصدر: وكالة الأنباء العراقية</p></div></article>'
            f'<section><h2>محتوى ذو صلة</h2><div>' + "".join(f'<div><span><a href="{u}" rel="schema:relatedLink">{t}</a>'
                                                           f'</span></div>' for u, t in REL) + '</div></section>')
    pages["rdfa-only"] = (top() + f"<main>{rdfa}</main>" + _most_read(MOST) + "</body></html>",
                          "وكالة الأنباء العراقية", [(u_t, "similar") for u_t in REL])

    # 4 a read-also card link set inside a paragraph, between two of its sentences
    s1, s2 = P[1].split("، ", 1)
    inline = (f'<p>{s1}، <a class="inline-related" href="{u0}"><strong>اقرأ أيضاً:</strong> {t0}</a> {s2}</p>')
    pages["card-inside-paragraph"] = (top() + f'<main><article><h1>{T}</h1><p>{P[0]}</p>{inline}{_paragraphs(P[2:])}'
                                      f'<p>(الأناضول)</p></article></main>' + _most_read(MOST) + "</body></html>",
                                      "الأناضول", [(REL[0], "read_also")])

    # 5 a WordPress columns block: the body split across two columns
    cols = (f'<div class="wp-block-columns"><div class="wp-block-column">{_paragraphs(P[:2])}</div>'
            f'<div class="wp-block-column">{_paragraphs(P[2:])}<p>القاهرة - أ ش أ</p></div></div>')
    pages["wp-columns"] = (top() + f'<main><article class="post"><h1 class="entry-title">{T}</h1><div class="entry-content">'
                           f'{cols}</div><div class="related-posts"><h3>مقالات مشابهة</h3><ul>{li(REL)}</ul></div>'
                           f'</article></main>' + _most_read(MOST) + "</body></html>",
                           "أ ش أ", [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D,
                      first={"arabic-indic-date": "الرياض (واس) - "})


def thirty_second_set():
    """Five more shapes: DotNetNuke's news module (the title in a span, the body one span of runs and double line
    breaks, the related in a table module), Plone (its description, its body field, "المحتوى ذو الصلة"), a Prismic
    document in a Next.js state (rich text blocks whose hyperlinks are spans with offsets, the body nowhere in the
    HTML), a Jekyll post (its source a closing blockquote, related posts as h3 links with a date beside each), and a
    WordPress post followed by readers' comments written in paragraphs as long as the story's."""
    pages = {}
    T = "افتتاح أكبر محطة لتحلية مياه البحر بالطاقة الشمسية في المنطقة"
    D = "2025-12-21T08:15:00+03:00"
    P = [
     "افتتحت هيئة المياه صباح اليوم أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ ستمئة ألف متر مكعب يوميا.",
     "وتغطي المحطة احتياجات أكثر من مليون ونصف مليون نسمة من مياه الشرب، وتعتمد على ألواح شمسية تمتد على مساحة خمسة كيلومترات مربعة.",
     "وقال رئيس الهيئة إن كلفة إنتاج المتر المكعب انخفضت إلى النصف مقارنة بالمحطات العاملة بالوقود التقليدي.",
     "وأضاف أن الهيئة تخطط لإنشاء محطتين مماثلتين خلال السنوات الثلاث المقبلة، ضمن خطة وطنية لخفض الانبعاثات.",
    ]
    REL = [("/water/2025/12/10/dam-6610", "تدشين سد جديد لحصاد مياه الأمطار في المرتفعات الجنوبية"),
           ("/water/2025/11/28/tariff-6584", "الهيئة تعلن هيكلا جديدا لتعرفة المياه للقطاع الصناعي"),
           ("/energy/2025/11/15/solar-6550", "توقيع اتفاقية لإنشاء مجمع للطاقة الشمسية بقدرة ألفي ميغاواط")]
    MOST = [("/sport/2025/12/20/derby-6701", "تعادل مثير في ديربي العاصمة"),
            ("/economy/2025/12/20/gold-6698", "أسعار الذهب تسجل أعلى مستوى في شهر"),
            ("/health/2025/12/19/flu-6690", "وزارة الصحة تطلق حملة التطعيم ضد الإنفلونزا الموسمية")]
    URLC = "https://www.miyah.example/water/2025/12/21/desalination-6702"
    u0, t0 = REL[0]
    nav = [("/water", "مياه"), ("/energy", "طاقة"), ("/economy", "اقتصاد")]

    def top(head=None) -> str:
        return _top(head or _head(T, D), "أخبار المياه", nav)

    # 1 DotNetNuke: the title in a span, the body one span of text runs and double line breaks, the source the last
    # run; the related in a table of its own module, the most read in the right pane
    runs = "<br /><br />".join(P + ["المصدر: وكالة أنباء البحرين"])
    dnn = (f'<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-NewsArticles">'
           f'<div class="c_container"><span id="dnn_ctr512_ViewNews_lblTitle" class="Head">{T}</span><br />'
           f'<span id="dnn_ctr512_ViewNews_lblDate" class="SubHead">الأحد 21 ديسمبر 2025</span><br /><br />'
           f'<span id="dnn_ctr512_ViewNews_lblContent" class="Normal">{runs}</span></div></div>'
           f'<div class="DnnModule DnnModule-RelatedNews"><div class="c_container"><span class="Head">أخبار ذات صلة</span>'
           f'<table class="RelatedNews" cellspacing="0">' + "".join(f'<tr><td><a href="{u}" class="Normal">{t}</a></td></tr>'
                                                                   for u, t in REL) + '</table></div></div></div>'
           '<div id="dnn_RightPane" class="rightPane"><div class="DnnModule"><span class="Head">الأكثر قراءة</span>'
           '<table>' + "".join(f'<tr><td><a href="{u}">{t}</a></td></tr>' for u, t in MOST) + '</table></div></div>')
    pages["dotnetnuke"] = (top(f'<meta charset="utf-8"><title>{T}</title>') + f'<form id="Form">{dnn}</form></body></html>',
                           "وكالة أنباء البحرين", [(u_t, "similar") for u_t in REL], "2025-12-21")

    # 2 Plone: its description (a dek, not the body), its body field, the related items under "المحتوى ذو الصلة",
    # a news portlet of the site beside
    plone = (f'<div id="portal-column-content"><article id="content"><h1 class="documentFirstHeading">{T}</h1>'
             f'<div class="documentDescription description">محطة تعمل بالطاقة الشمسية تغطي احتياجات مليون ونصف مليون نسمة'
             f'</div><div id="content-core"><div id="parent-fieldname-text">{_paragraphs(P)}<p>(بنا)</p></div></div>'
             f'<div class="relatedItems"><h2 class="relatedItemsHeading">المحتوى ذو الصلة</h2><ul class="visualNoMarker">'
             f'{li(REL)}</ul></div></article></div><aside id="portal-column-two"><div class="portlet portletNews">'
             f'<header class="portletHeader"><a href="/news">الأخبار</a></header><ul>{li(MOST)}</ul>'
             f'<footer><a href="/news">المزيد من الأخبار…</a></footer></div></aside>')
    pages["plone"] = (top() + f'<div id="portal-columns">{plone}</div></body></html>', "بنا",
                      [(u_t, "similar") for u_t in REL])

    # 3 Prismic in a Next.js state: rich text blocks, a read-also block whose link is a span with offsets; the
    # HTML holds the title alone
    def block(text, spans=()):
        return {"type": "paragraph", "text": text, "spans": list(spans)}
    cue = "اقرأ أيضاً: "
    doc = {"id": "Y2k8", "uid": "desalination-6702", "type": "article", "first_publication_date": D, "data": {
        "title": [{"type": "heading1", "text": T, "spans": []}],
        "body": [block(P[0]), block(P[1]),
                 block(cue + t0, [{"start": 0, "end": len(cue.strip()), "type": "strong"},
                                  {"start": len(cue), "end": len(cue) + len(t0), "type": "hyperlink",
                                   "data": {"link_type": "Web", "url": "https://www.miyah.example" + u0}}]),
                 block(P[2]), block(P[3]), block("(الأناضول)", [{"start": 0, "end": 10, "type": "em"}])],
        "related": [{"article": {"uid": u.rsplit("/", 1)[1], "url": u, "data": {"title": [{"type": "heading1", "text": t}]}}}
                    for u, t in REL[1:]]}}
    state = json.dumps({"props": {"pageProps": {"doc": doc}}, "page": "/[section]/[...slug]", "buildId": "b7"},
                       ensure_ascii=False)
    pages["prismic-next"] = (top() + f'<div id="__next"><main><h1>{T}</h1><div class="skeleton"></div></main></div>'
                             f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>',
                             "الأناضول", [(REL[0], "read_also")] + [(r, "similar") for r in REL[1:]])

    # 4 Jekyll: the source a blockquote closing the post, related posts as h3 links each with its date beside
    jekyll = (f'<main class="page-content"><div class="wrapper"><article class="post h-entry"><header class="post-header">'
              f'<h1 class="post-title p-name">{T}</h1><p class="post-meta"><time class="dt-published" datetime="{D}">'
              f'21 ديسمبر 2025</time></p></header><div class="post-content e-content">{_paragraphs(P)}'
              f'<blockquote><p>نقلاً عن <a href="https://www.aljazeera.net/">الجزيرة نت</a></p></blockquote></div></article>'
              f'<div class="related"><h2>تدوينات ذات صلة</h2><ul class="related-posts">'
              + "".join(f'<li><h3><a href="{u}">{t} <small>{d}</small></a></h3></li>'
                        for (u, t), d in zip(REL, ("10 ديسمبر 2025", "28 نوفمبر 2025", "15 نوفمبر 2025"), strict=True)) +
              '</ul></div></div></main>')
    pages["jekyll"] = (top() + jekyll + _most_read(MOST) + "</body></html>", "الجزيرة نت",
                       [(u_t, "similar") for u_t in REL])

    # 5 WordPress with readers' comments after the post: each comment a paragraph as long as the story's
    comments = [
     "أتمنى أن تعمم هذه التجربة على بقية المدن الساحلية لأن أزمة المياه تتفاقم كل صيف والناس تعاني من الانقطاعات المتكررة.",
     "خطوة ممتازة لكن السؤال هو متى ستنعكس هذه الكلفة المنخفضة على فواتير المواطنين التي ترتفع عاما بعد عام دون توقف.",
     "الطاقة الشمسية هي المستقبل فعلا ونحتاج إلى مشاريع مماثلة في الزراعة والصناعة وليس في تحلية المياه وحدها.",
    ]
    cl = "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">قارئ {i}</b>'
                 f' <time>21 ديسمبر 2025</time></footer><div class="comment-content"><p>{c}</p></div>'
                 f'<div class="reply"><a class="comment-reply-link" href="#">رد</a></div></article></li>'
                 for i, c in enumerate(comments, 1))
    wp = (f'<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{T}</h1>'
          f'</header><div class="entry-content">{_paragraphs(P)}<p>المصدر: وكالة الأنباء العمانية</p></div></article>'
          f'<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>ذات صلة</em></h3>'
          + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{u}">{t}</a></h4>'
                    f'</div>' for u, t in REL) +
          f'</div><div id="comments" class="comments-area"><h2 class="comments-title">3 تعليقات على “{T}”</h2>'
          f'<ol class="comment-list">{cl}</ol><div id="respond"><h3>اترك تعليقاً</h3><form><textarea></textarea>'
          f'<input type="submit" value="إرسال التعليق"></form></div></div></main>')
    pages["wp-comments"] = (top() + wp + _most_read(MOST) + "</body></html>", "وكالة الأنباء العمانية",
                            [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)


def thirty_third_set():
    """Five more shapes: a table of contents of the post's own sections before its body (links to its anchors), the
    Contextual Related Posts plugin's image cards, Astra's related posts (an article element each, their titles
    in h3), a body whose sections open with h2 subheadings and a pull quote between them, and a GeneratePress
    post whose source is a small-font paragraph after a separator block."""
    pages = {}
    T = "دراسة: التغير المناخي يهدد ثلث المحاصيل الزراعية في المنطقة بحلول 2050"
    D = "2025-12-28T11:40:00+03:00"
    P = [
     "حذرت دراسة علمية حديثة من أن التغير المناخي قد يهدد نحو ثلث المحاصيل الزراعية في المنطقة بحلول عام 2050 إذا استمرت معدلات الاحترار الحالية.",
     "واعتمدت الدراسة على بيانات جمعت على مدى ثلاثين عاما من مئتي محطة رصد جوي، إضافة إلى نماذج حاسوبية لتوقع درجات الحرارة والأمطار.",
     "وأوضح الباحثون أن القمح والشعير سيكونان الأكثر تأثرا، مع تراجع متوقع في الإنتاج يصل إلى أربعين في المئة في بعض المناطق.",
     "ودعت الدراسة إلى التوسع في زراعة أصناف مقاومة للجفاف وتحديث أنظمة الري لتقليل الفاقد من المياه.",
    ]
    REL = [("/environment/2025/12/20/drought-7710", "موجة جفاف غير مسبوقة تضرب المناطق الزراعية"),
           ("/environment/2025/12/11/seeds-7694", "إطلاق بنك وطني للبذور المحلية المقاومة للجفاف"),
           ("/environment/2025/11/30/rain-7661", "الأمطار الموسمية تتأخر للعام الثالث على التوالي")]
    MOST = [("/sport/2025/12/27/cup-7801", "المنتخب يتأهل إلى نصف نهائي البطولة"),
            ("/economy/2025/12/27/oil-7795", "أسعار النفط تتراجع مع زيادة المخزونات"),
            ("/tech/2025/12/26/ai-7790", "إطلاق أول مساعد ذكي باللهجات المحلية")]
    URLC = "https://www.bi2a.example/environment/2025/12/28/climate-crops-7802"
    nav = [("/environment", "بيئة"), ("/science", "علوم"), ("/economy", "اقتصاد")]

    def top(head=None) -> str:
        return _top(head or _head(T, D), "البيئة اليوم", nav)

    heads = ["منهجية الدراسة", "المحاصيل الأكثر تأثرا", "توصيات"]

    # 1 a table of contents of the post's own sections before its body, the sections under h2 subheadings
    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-title-container">'
           '<p class="ez-toc-title">محتويات المقال</p></div><nav><ul class="ez-toc-list">'
           + "".join(f'<li><a class="ez-toc-link" href="#{n}">{h}</a></li>' for n, h in enumerate(heads, 1))
           + '</ul></nav></div>')
    sections = (f"<p>{P[0]}</p>" + "".join(f'<h2><span class="ez-toc-section" id="{n}"></span>{h}</h2><p>{x}</p>'
                                           for n, (h, x) in enumerate(zip(heads, P[1:], strict=True), 1)))
    pages["table-of-contents"] = (top() + f'<main><article class="post"><h1 class="entry-title">{T}</h1>'
                                  f'<div class="entry-content">{toc}{sections}<p>المصدر: وكالة الأنباء الأردنية</p>'
                                  f'</div><div class="related"><h3>مقالات ذات صلة</h3><ul>{li(REL)}</ul></div></article>'
                                  f'</main>' + _most_read(MOST) + "</body></html>", "وكالة الأنباء الأردنية",
                                  [(u_t, "similar") for u_t in REL])

    # 2 Contextual Related Posts: image cards, each title in a span inside its link, under a heading with a colon
    crp = ('<div class="crp_related crp-rounded-thumbs"><h3>قد يعجبك أيضاً:</h3><ul>'
           + "".join(f'<li><a href="{u}" class="crp_link post-{n}"><figure><img width="150" height="150" '
                     f'src="/img/{n}.jpg" class="crp_thumb crp_featured" alt="{t}" title="{t}"></figure>'
                     f'<span class="crp_title">{t}</span></a></li>' for n, (u, t) in enumerate(REL, 1))
           + '</ul><div class="crp_clear"></div></div>')
    pages["contextual-related-posts"] = (top() + f'<main><article><header><h1>{T}</h1></header><div class="entry-content">'
                                         f'{_paragraphs(P)}<p>(أ ف ب)</p>{crp}</div></article></main>'
                                         + _most_read(MOST) + "</body></html>", "أ ف ب",
                                         [(u_t, "similar") for u_t in REL])

    # 3 Astra: related posts, an article element each with its title in an h3, after the post
    astra = ('<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section">'
             '<h2 class="ast-related-posts-title">مقالات مشابهة</h2></div><div class="ast-related-posts-wrapper">'
             + "".join(f'<article class="ast-related-post post-{n}"><div class="ast-related-posts-inner-section">'
                       f'<div class="ast-related-post-content"><div class="ast-related-post-featured-section">'
                       f'<a href="{u}"><img src="/img/{n}.jpg" alt=""></a></div><header class="entry-header">'
                       f'<h3 class="ast-related-post-title entry-title"><a href="{u}" rel="bookmark">{t}</a></h3>'
                       f'<div class="entry-meta ast-related-cat-style--none">28 ديسمبر 2025</div></header></div></div>'
                       f'</article>' for n, (u, t) in enumerate(REL, 1)) + '</div></div>')
    pages["astra-related"] = (top() + f'<div id="primary"><main id="main"><article class="post ast-article-single">'
                              f'<header class="entry-header"><h1 class="entry-title">{T}</h1></header>'
                              f'<div class="entry-content clear">{_paragraphs(P)}<p>عمّان - بترا</p></div></article>'
                              f'{astra}</main></div>' + _most_read(MOST) + "</body></html>", "بترا",
                              [(u_t, "similar") for u_t in REL])

    # 4 sections under h2 subheadings and a pull quote (a line of the body said again) between them
    quote = ('<figure class="wp-block-pullquote"><blockquote><p>القمح والشعير سيكونان الأكثر تأثرا</p>'
             '<cite>من الدراسة</cite></blockquote></figure>')
    body = (f"<p>{P[0]}</p><h2>{heads[0]}</h2><p>{P[1]}</p>{quote}<h2>{heads[1]}</h2><p>{P[2]}</p>"
            f"<h2>{heads[2]}</h2><p>{P[3]}</p><p>المصدر: الجزيرة نت</p>")
    pages["pull-quote"] = (top() + f'<main><article><h1>{T}</h1><div class="post-body">{body}</div>'
                           f'<section class="more"><h2>اقرأ المزيد عن المناخ</h2><ul>{li(REL)}</ul></section></article>'
                           f'</main>' + _most_read(MOST) + "</body></html>", "الجزيرة نت",
                           [(u_t, "similar") for u_t in REL])

    # 5 GeneratePress: the source a small-font paragraph after a separator block, the tags after it
    gp = (f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{T}</h1>'
          f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{D}">'
          f'28 ديسمبر 2025</time></span></div></header><div class="entry-content" itemprop="text">{_paragraphs(P)}'
          f'<hr class="wp-block-separator has-alpha-channel-opacity"/><p class="has-small-font-size"><em>نقلاً عن '
          f'<a href="https://www.skynewsarabia.com/">سكاي نيوز عربية</a></em></p></div><footer class="entry-meta">'
          f'<span class="tags-links"><a href="/tag/climate" rel="tag">المناخ</a>، <a href="/tag/farming" rel="tag">'
          f'الزراعة</a></span><nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev">'
          f'<a href="{REL[0][0]}" rel="prev">{REL[0][1]}</a></span></div></nav></footer></div>')
    pages["generatepress"] = (top() + f'<div class="site-content"><main class="site-main"><article>{gp}</article>'
                              f'</main></div>' + _most_read(MOST) + "</body></html>", "سكاي نيوز عربية", [])
    out = _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D)
    for name in ("table-of-contents", "pull-quote"):       # the body's subheadings are its own (GOLD.md)
        out[name][1]["paragraphs"] = [P[0], *(x for pair in zip(heads, P[1:], strict=True) for x in pair)]
    return out


def thirty_fourth_set():
    """Five more shapes: a Shopify blog article (Dawn) with a related-posts app, a Tumblr text post whose headline
    is a linked h2 and whose source is a "via" line, an Odoo blog post with its "next article" cover (a
    neighbour, no related story), a Weebly page whose body and read-also list are lines between breaks in one
    element each, and an Escenic article with an inline related box and a dateline whose agency stands between
    slashes after a date."""
    pages = {}
    T = "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة"
    D = "2026-01-14T09:15:00+04:00"
    P = [
     "افتتحت السلطات اليوم أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.",
     "وقال وزير الطاقة خلال حفل الافتتاح إن المحطة ستغطي احتياجات نحو نصف مليون نسمة من مياه الشرب، وستخفض الانبعاثات الكربونية بشكل كبير.",
     "وأضاف أن المشروع نفذ خلال ثلاث سنوات بتكلفة بلغت ثمانمئة مليون دولار، بمشاركة شركات محلية ودولية متخصصة في الطاقة المتجددة.",
     "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع العام المقبل لرفع الطاقة الإنتاجية إلى الضعف.",
    ]
    REL = [("/blogs/news/solar-farm-2231", "توقيع عقد إنشاء مزرعة شمسية جديدة في الصحراء الغربية"),
           ("/blogs/news/water-tariff-2210", "خطة لترشيد استهلاك المياه في المدن الكبرى"),
           ("/blogs/news/desal-study-2198", "دراسة: كلفة تحلية المياه تنخفض إلى النصف خلال عقد")]
    MOST = [("/sport/2026/01/13/league-8801", "الفريق الأول يتصدر الدوري بعد فوز صعب"),
            ("/economy/2026/01/13/gold-8795", "أسعار الذهب تسجل مستوى قياسيا جديدا"),
            ("/tech/2026/01/12/phone-8790", "شركة محلية تطلق أول هاتف ذكي من تصنيعها")]
    URLC = "https://www.miyah-news.example/blogs/news/solar-desalination-2240"
    nav = [("/blogs/news", "أخبار"), ("/collections/all", "المتجر"), ("/pages/about", "من نحن")]

    def top(head=None) -> str:
        return _top(head or _head(T, D), "مياه نيوز", nav)

    # 1 Shopify (Dawn): the article template, a related-posts app's cards after it
    cards = "".join(f'<div class="related-post__card"><a class="related-post__link" href="{u}"><div class="card__media">'
                    f'<img src="/cdn/{n}.jpg" alt=""></div><h3 class="card__heading h5">{t}</h3></a></div>'
                    for n, (u, t) in enumerate(REL, 1))
    pages["shopify-dawn"] = (top() + f'<main id="MainContent"><article class="article-template"><div '
                             f'class="article-template__hero-container"><img src="/cdn/hero.jpg" alt=""></div><header '
                             f'class="page-width page-width--narrow"><h1 class="article-template__title">{T}</h1><span '
                             f'class="circle-divider caption-with-letter-spacing"><time datetime="{D}">14 يناير 2026'
                             f'</time></span></header><div class="article-template__content page-width page-width--narrow '
                             f'rte">{_paragraphs(P)}<p><em>نقلاً عن وكالة الأنباء العمانية</em></p></div><div '
                             f'class="article-template__back element-margin-top center"><a href="/blogs/news" '
                             f'class="article-template__link link">العودة إلى المدونة</a></div></article><div '
                             f'class="related-posts page-width"><h2 class="related-posts__title">منشورات ذات صلة</h2>'
                             f'<div class="related-posts__grid">{cards}</div></div></main>' + _most_read(MOST)
                             + "</body></html>", "وكالة الأنباء العمانية", [(u_t, "similar") for u_t in REL])

    # 2 Tumblr: the headline a linked h2 (no h1), the source a "via" line, the theme's related posts as thumbnails
    thumbs = "".join(f'<li><a href="{u}"><img src="/t/{n}.jpg" alt=""><span class="related-title">{t}</span></a></li>'
                     for n, (u, t) in enumerate(REL, 1))
    pages["tumblr-text"] = (top() + f'<div id="posts"><article class="post text" id="post-2240"><div class="post-wrapper">'
                            f'<h2 class="title"><a href="{URLC}">{T}</a></h2><div class="body-text">{_paragraphs(P)}'
                            f'<p>عبر: <a href="https://www.skynewsarabia.com/">سكاي نيوز عربية</a></p></div><footer '
                            f'class="post-footer"><a class="date" href="{URLC}">14 يناير 2026</a><span class="notes">'
                            f'12 ملاحظة</span><div class="tags"><a href="/tagged/طاقة">#طاقة</a> <a href="/tagged/مياه">'
                            f'#مياه</a></div></footer></div><section class="related-posts"><h3>تدوينات مشابهة</h3><ul>'
                            f'{thumbs}</ul></section></article></div>' + _most_read(MOST) + "</body></html>",
                            "سكاي نيوز عربية", [(u_t, "similar") for u_t in REL])

    # 3 Odoo: the blog post's cover and content sections, the next post's cover after it (a neighbour)
    pages["odoo-blog"] = (top() + f'<main><div id="wrap" class="js_blog website_blog"><section id="o_wblog_post_top">'
                          f'<div id="title" class="blog_header"><div class="o_wblog_post_title"><h1 '
                          f'id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-field="name">{T}</h1></div>'
                          f'<div class="text-muted"><span>14 يناير 2026</span></div></div></section><section '
                          f'id="o_wblog_post_content"><div class="o_wblog_post_content_field o_wblog_read_text" '
                          f'data-oe-field="content">{_paragraphs(P)}<p><b>المصدر: وكالة الأنباء القطرية</b></p></div>'
                          f'</section><section id="o_wblog_post_footer"><div class="o_wblog_next_post"><a '
                          f'href="{REL[0][0]}"><div class="o_record_cover_container"><span class="o_wblog_next_label">'
                          f'المقال التالي</span><h2>{REL[0][1]}</h2></div></a></div></section></div></main>'
                          + _most_read(MOST) + "</body></html>", "وكالة الأنباء القطرية", [])

    # 4 Weebly: the title a content-title h2, the body lines between breaks in one paragraph element, then a
    # read-also line and its links between breaks in another
    lines = "<br><br>".join(P)
    also = "<br>".join(f'<a href="{u}">{t}</a>' for u, t in REL[:2])
    pages["weebly-paragraph"] = (top() + f'<div id="wsite-content" class="wsite-elements wsite-not-footer"><h2 '
                                 f'class="wsite-content-title">{T}</h2><div class="paragraph">{lines}<br><br>'
                                 f'(رويترز)</div><div class="paragraph"><strong>اقرأ أيضاً</strong><br>{also}</div>'
                                 f'</div>' + _most_read(MOST) + "</body></html>", "رويترز",
                                 [(u_t, "similar") for u_t in REL[:2]])

    # 5 Escenic: an inline related box between the paragraphs, the agency between slashes after a date
    box = (f'<div class="inline-related"><p class="inline-related__title">مواضيع ذات صلة</p><ul>{li(REL[:2])}</ul>'
           f'</div>')
    opening = "عمّان في 14 كانون الثاني /بترا/ - "
    pages["escenic-inline"] = (top() + f'<main><div class="article-content"><div class="article-header"><h1 '
                               f'class="article-title">{T}</h1><p class="article-date">14/01/2026</p></div><div '
                               f'class="article-body" itemprop="articleBody"><p>{opening}{P[0]}</p><p>{P[1]}</p>{box}'
                               f'{_paragraphs(P[2:])}</div></div></main>' + _most_read(MOST) + "</body></html>",
                               "بترا", [(u_t, "read_also") for u_t in REL[:2]])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D, first={"escenic-inline": opening})


def thirty_fifth_set():
    """Five more shapes: a published Google document (the headline a styled paragraph, every line in spans), a
    Mailchimp campaign archive (the story in an e-mail's nested tables, the list's unsubscribe footer after it),
    Craft CMS's matrix blocks (a read-also block between text blocks, the credit a block of its own after a
    dash), an Umbraco grid (the agency's dateline in its own wire style, the related list in the grid's side
    column) and a Hexo NexT post (the source quoted, a licence notice, the neighbours' links and the
    popular-posts plugin's related list)."""
    pages = {}
    T = "الكويت تطلق أول منصة رقمية موحدة لخدمات المواطنين الحكومية"
    D = "2026-01-20T10:30:00+03:00"
    P = [
     "أطلقت الحكومة اليوم أول منصة رقمية موحدة تجمع أكثر من ثلاثمئة خدمة حكومية في تطبيق واحد، في خطوة تهدف إلى تسريع المعاملات وتقليل المراجعات.",
     "وقال وزير الدولة لشؤون الاتصالات في مؤتمر صحفي إن المنصة تتيح للمواطنين والمقيمين إنجاز معاملاتهم على مدار الساعة دون الحاجة إلى زيارة المكاتب.",
     "وأضاف أن المرحلة الأولى تشمل خدمات الأحوال المدنية والمرور والبلدية، على أن تضاف خدمات الصحة والتعليم خلال الأشهر المقبلة.",
     "وأشار إلى أن المنصة صممت وفق أعلى معايير أمن المعلومات، وتعتمد على الهوية الرقمية الموحدة للدخول.",
    ]
    REL = [("/local/2026/01/12/egov-9912", "إلغاء المعاملات الورقية في الدوائر الحكومية نهاية العام"),
           ("/local/2026/01/05/id-9870", "بدء العمل بالهوية الرقمية الموحدة للمواطنين والمقيمين"),
           ("/tech/2025/12/28/cyber-9801", "خطة وطنية لتعزيز الأمن السيبراني في المؤسسات الحكومية")]
    MOST = [("/sport/2026/01/19/derby-9950", "القادسية يفوز على العربي في قمة الدوري"),
            ("/economy/2026/01/19/bourse-9944", "البورصة تغلق على ارتفاع بدعم من قطاع البنوك"),
            ("/local/2026/01/18/rain-9930", "أمطار غزيرة متوقعة على البلاد نهاية الأسبوع")]
    URLC = "https://www.kuwait-now.example/local/2026/01/20/platform-9961"
    nav = [("/local", "محليات"), ("/economy", "اقتصاد"), ("/sport", "رياضة")]

    def top(head=None) -> str:
        return _top(head or _head(T, D), "الكويت الآن", nav)

    # 1 A published Google document: no h1, the headline a "title" paragraph; each line a paragraph of spans
    spans = "".join(f'<p class="c2"><span class="c0">{x}</span></p>' for x in P)
    rel = "".join(f'<p class="c2"><span class="c5"><a class="c4" href="{u}">{t}</a></span></p>' for u, t in REL)
    pages["google-doc"] = (f'<!DOCTYPE html><html><head>{_head(T, D)}<style>.c0{{font-size:11pt}}</style></head>'
                           f'<body class="c8 doc-content"><div id="banners"></div><div id="contents"><p class="c6 '
                           f'title" id="h.k2x9"><span class="c7">{T}</span></p><p class="c2 c3"><span class="c0">'
                           f'</span></p>{spans}<p class="c2"><span class="c0">المصدر: وكالة الأنباء الكويتية (كونا)'
                           f'</span></p><p class="c2 c3"><span class="c0"></span></p><p class="c2"><span class="c1">'
                           f'مواضيع مرتبطة</span></p>{rel}</div><div id="footer">نُشر باستخدام مستندات Google'
                           f'<a href="/abuse">الإبلاغ عن إساءة</a><a href="/help">مزيد من المعلومات</a></div>'
                           f'</body></html>', "وكالة الأنباء الكويتية (كونا)", [(u_t, "similar") for u_t in REL])

    # 2 Mailchimp campaign archive: the story in the e-mail's tables, the list's footer after it
    def block(inner: str) -> str:
        return (f'<table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td class="'
                f'mcnTextBlockInner" valign="top"><table class="mcnTextContentContainer" align="right"><tbody><tr>'
                f'<td class="mcnTextContent" style="padding:9px 18px">{inner}</td></tr></tbody></table></td></tr>'
                f'</tbody></table>')
    rel_links = "".join(f'<a href="{u}" target="_blank">{t}</a><br>' for u, t in REL)
    pre = block('نشرة الكويت الآن الصباحية | <a href="/archive">اعرضها في المتصفح</a>')
    story = block(f"<h1>{T}</h1>" + _paragraphs(P) + "<p>(كونا)</p>") + block("<strong>قصص ذات علاقة</strong><br>"
                                                                             + rel_links)
    foot = block('حقوق النشر © 2026 الكويت الآن، جميع الحقوق محفوظة.<br>وصلتك هذه الرسالة لأنك مشترك في نشرتنا.'
                 '<br><a href="/unsubscribe">إلغاء الاشتراك</a> | <a href="/profile">تعديل التفضيلات</a>')
    pages["mailchimp-archive"] = (
        f'<!DOCTYPE html><html><head>{_head(T, D)}</head><body><div id="awesomewrap"><center><table id="bodyTable" '
        f'width="100%"><tr><td id="bodyCell"><table class="templateContainer" width="600"><tr><td id="'
        f'templatePreheader">{pre}</td></tr><tr><td id="templateHeader"><img src="/logo.png" alt="الكويت الآن"></td>'
        f'</tr><tr><td id="templateBody">{story}</td></tr><tr><td id="templateFooter">{foot}</td></tr></table></td>'
        f'</tr></table></center></div></body></html>', "كونا", [(u_t, "similar") for u_t in REL])

    # 3 Craft CMS: matrix blocks, a read-also block between the text blocks, the credit a block after a dash
    def text_block(items):
        return f'<div class="block block--text"><div class="rich-text">{_paragraphs(items)}</div></div>'
    also = (f'<div class="block block--entries"><p class="block__label">ذات صلة</p><ul class="entries">'
            f'{li(REL[:2])}</ul></div>')
    pages["craft-matrix"] = (top() + f'<main id="main"><article class="entry"><header class="entry__header"><p '
                             f'class="entry__kicker"><a href="/local">محليات</a></p><h1 class="entry__title">{T}</h1>'
                             f'<p class="entry__meta"><time datetime="{D}">20 يناير 2026</time></p></header><div '
                             f'class="entry__blocks">{text_block(P[:2])}{also}{text_block(P[2:])}<div class="block '
                             f'block--credit"><p>— وكالة أنباء البحرين (بنا)</p></div></div></article></main>'
                             + _most_read(MOST) + "</body></html>", "وكالة أنباء البحرين (بنا)",
                             [(u_t, "read_also") for u_t in REL[:2]])

    # 4 Umbraco grid: the body in a grid's main column with the wire's own dateline, the related list beside it
    opening = "الكويت - 20 - 1 (كونا) -- "
    side = f'<div class="col-md-4 column"><div class="related-box"><h3>أخبار متعلقة</h3><ul>{li(REL)}</ul></div></div>'
    pages["umbraco-grid"] = (top() + f'<section class="page-banner"><div class="container"><h1>{T}</h1><span '
                             f'class="date">20/01/2026</span></div></section><div class="umb-grid"><div class="'
                             f'grid-section"><div><div class="container"><div class="row clearfix"><div class="'
                             f'col-md-8 column"><div><p>{opening}{P[0]}</p>{_paragraphs(P[1:])}</div></div>{side}'
                             f'</div></div></div></div></div>' + _most_read(MOST) + "</body></html>", "كونا",
                             [(u_t, "similar") for u_t in REL])

    # 5 Hexo NexT: the source quoted after the body, a licence notice, the neighbours, the related-posts plugin
    popular = "".join(f'<li class="popular-posts-item"><div class="popular-posts-title"><a href="{u}" rel="bookmark">'
                      f'{t}</a></div></li>' for u, t in REL)
    pages["hexo-next"] = (top() + f'<main class="main"><div class="content-wrap"><div id="content" class="content">'
                          f'<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">'
                          f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{T}</h1><div '
                          f'class="post-meta"><span class="post-time"><span class="post-meta-item-text">نُشر في</span>'
                          f'<time itemprop="dateCreated datePublished" datetime="{D}">2026-01-20</time></span></div>'
                          f'</header><div class="post-body" itemprop="articleBody">{_paragraphs(P)}<blockquote><p>'
                          f'المصدر: <a href="https://www.alqabas.com/">صحيفة القبس</a></p></blockquote></div><div '
                          f'class="post-copyright"><ul><li class="post-copyright-link"><strong>رابط المقال: </strong>'
                          f'<a href="{URLC}">{URLC}</a></li><li class="post-copyright-license"><strong>حقوق النشر: '
                          f'</strong>جميع مقالات هذه المدونة مرخصة بموجب <a href="https://creativecommons.org/licenses/'
                          f'by-nc-sa/4.0/">CC BY-NC-SA 4.0</a> ما لم يذكر خلاف ذلك.</li></ul></div><div class="'
                          f'popular-posts-header">مقالات قد تعجبك</div><ul class="popular-posts">{popular}</ul>'
                          f'<footer class="post-footer"><div class="post-nav"><div class="post-nav-item"><a href="'
                          f'{MOST[2][0]}" rel="next"><i class="fa fa-chevron-right"></i> {MOST[2][1]}</a></div><div '
                          f'class="post-nav-item"><a href="{MOST[1][0]}" rel="prev">{MOST[1][1]} <i class="fa '
                          f'fa-chevron-left"></i></a></div></div></footer></article></div></div></main>'
                          + "</body></html>", "صحيفة القبس", [(u_t, "similar") for u_t in REL])
    return _with_gold(pages, url=URLC, title=T, paragraphs=P, published=D, first={"umbraco-grid": opening})


def main(out: Path) -> None:
    for prefix, pages in (("first", first_set()), ("second", second_set()), ("third", third_set()),
                          ("fourth", fourth_set()), ("fifth", fifth_set()), ("sixth", sixth_set()), ("seventh", seventh_set()), ("eighth", eighth_set()), ("ninth", ninth_set()), ("tenth", tenth_set()), ("eleventh", eleventh_set()),
                          ("twelfth", twelfth_set()), ("thirteenth", thirteenth_set()),
                          ("fourteenth", fourteenth_set()), ("fifteenth", fifteenth_set()),
                          ("sixteenth", sixteenth_set()), ("seventeenth", seventeenth_set()),
                          ("eighteenth", eighteenth_set()), ("nineteenth", nineteenth_set()),
                          ("twentieth", twentieth_set()), ("twenty-first", twenty_first_set()),
                          ("twenty-second", twenty_second_set()), ("twenty-third", twenty_third_set()),
                          ("twenty-fourth", twenty_fourth_set()), ("twenty-fifth", twenty_fifth_set()),
                          ("twenty-sixth", twenty_sixth_set()), ("twenty-seventh", twenty_seventh_set()),
                          ("twenty-eighth", twenty_eighth_set()), ("twenty-ninth", twenty_ninth_set()),
                          ("thirtieth", thirtieth_set()), ("thirty-first", thirty_first_set()),
                          ("thirty-second", thirty_second_set()), ("thirty-third", thirty_third_set()),
                          ("thirty-fourth", thirty_fourth_set()), ("thirty-fifth", thirty_fifth_set())):
        for name, (html, gold) in pages.items():
            (out / "pages" / f"{prefix}-{name}").mkdir(parents=True, exist_ok=True)
            (out / "gold" / f"{prefix}-{name}").mkdir(parents=True, exist_ok=True)
            page = out / "pages" / f"{prefix}-{name}" / "story.html"
            page.write_bytes(html) if isinstance(html, bytes) else page.write_text(html, encoding="utf-8")
            (out / "gold" / f"{prefix}-{name}" / "story.json").write_text(json.dumps(gold, ensure_ascii=False),
                                                                          encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("out", type=Path, help="folder to write pages/ and gold/ into")
    main(ap.parse_args().out)
