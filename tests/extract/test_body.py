"""Body container choice and what is kept out of the body."""

from __future__ import annotations

import pytest

from conftest import PARA, article, extract_article, page
from newsscrape import ExtractionError

URL = "https://news.example.com/a/1"


def test_body_is_the_article_paragraphs_in_order():
    rec = extract_article(article(), url=URL)
    assert rec["paragraphs"] == PARA
    assert rec["body"] == "\n\n".join(PARA)
    assert rec["word_count"] == len(rec["body"].split())


def test_furniture_is_kept_out():
    middle = (
        '<figure><img src="a.jpg"><figcaption>صورة أرشيفية للوزير خلال المؤتمر</figcaption></figure>',
        '<div class="share-bar"><a href="https://facebook.com/sharer">شارك على فيسبوك</a></div>',
        '<p class="follow">تابعوا آخر الأخبار عبر حسابنا على تويتر</p>',
    )
    after = '<div class="post-tags"><a href="/tag/1">الوزير</a></div><p>جميع الحقوق محفوظة لموقعنا 2024</p>'
    rec = extract_article(article(*middle, after=after), url=URL)
    assert rec["paragraphs"] == PARA


def test_br_separated_blocks_are_paragraphs():
    body = "<br><br>".join(PARA)
    rec = extract_article(page(f"<h1>عنوان الخبر الرئيسي هنا اليوم</h1><div id='articleBody'><p>{body}</p></div>"),
                          url=URL)
    assert rec["paragraphs"] == PARA


def test_subheadings_are_their_own_paragraphs():
    html = page("<h1>عنوان الخبر الرئيسي هنا اليوم</h1><main>" + f"<p>{PARA[0]}</p><p>{PARA[1]}</p>"
                "<h2>رحلة غير عادية</h2>" + f"<p>{PARA[2]}</p><p>{PARA[3]}</p></main>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == [PARA[0], PARA[1], "رحلة غير عادية", PARA[2], PARA[3]]


def test_byline_leaves_the_body_and_names_the_author():
    rec = extract_article(article("", title="عنوان").replace("<p>" + PARA[0], "<p>كتب محمد علي</p><p>" + PARA[0]),
                          url=URL)
    assert rec["authors"] == ["محمد علي"]
    assert rec["paragraphs"][0] == PARA[0]


def test_hidden_copies_and_promos_are_skipped():
    middle = ('<span class="d-none">الوزير يعلن تقدما في المحادثات مع الجانب الآخر</span>',
              '<section aria-labelledby="podcast-promo"><p>استمع إلى حلقات البودكاست الأسبوعي الجديدة'
              ' على منصتنا</p></section>')
    rec = extract_article(article(*middle), url=URL)
    assert rec["paragraphs"] == PARA


def test_title_is_the_displayed_h1_not_the_site_name():
    html = page('<div class="logo"><h1>اليوم السابع</h1></div><article><h1>الحكومة تعلن خطة جديدة</h1>'
                + "".join(f"<p>{p}</p>" for p in PARA) + "</article>",
                head='<meta property="og:site_name" content="اليوم السابع">'
                     '<meta property="og:title" content="الحكومة تعلن خطة جديدة - اليوم السابع">')
    assert extract_article(html, url=URL)["title"] == "الحكومة تعلن خطة جديدة"


def test_page_without_article_text_raises():
    for html in ("", "   ", page("<nav><a href='/'>الرئيسية</a></nav>")):
        try:
            extract_article(html, url=URL)
        except ExtractionError as exc:
            assert str(exc)
        else:
            raise AssertionError(f"no error for {html!r}")


def test_a_wrapper_named_like_furniture_still_holds_the_body():
    """A long text wrapper whose class says 'print' or 'author' is not a print button or a byline."""
    html = page('<h1>عنوان الخبر الرئيسي هنا اليوم</h1><article>' + f"<p>{PARA[0]}</p><p>{PARA[1]}</p>"
                + f'<div class="print-area author-content"><p>{PARA[2]}</p><p>{PARA[3]}</p></div>'
                + '<div class="author">محمد علي</div><div class="post-tags"><a href="/tag/1">سياسة</a></div></article>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


_STORY = ("/news/2024/04/30/other-1", "عنوان قصة أخرى عن الموضوع نفسه في العاصمة اليوم")


@pytest.mark.parametrize("cls", ['class="story-text"', ""])
@pytest.mark.parametrize("between", ['<div class="ad-slot"><div>إعلان</div></div>', "<div></div>",
                                     '<figure><img src="/i.jpg"></figure>'])
def test_a_body_split_around_an_ad_is_read_whole(cls, between):
    """Two boxes of one kind, the body's first half and its second, with an ad (or an image, or an empty
    box) between them: the body was the better-scored half alone (a held-out page lost half its text)."""
    halves = [f"<div {cls}>" + "".join(f"<p>{p}</p>" for p in half) + "</div>" for half in (PARA[:2], PARA[2:])]
    html = page(f"<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1>{halves[0]}{between}{halves[1]}"
                f'<div><h4>أخبار متصلة</h4><div><a href="{_STORY[0]}">{_STORY[1]}</a></div></div></main>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


@pytest.mark.parametrize("wrappers", [("div",), ("div", "div"), ("section", "div")])
@pytest.mark.parametrize("between", ['<div class="ad-slot"><div>إعلان</div></div>', "<div></div>"])
def test_a_body_split_into_wrapped_parts_is_read_whole(wrappers, between):
    """A CMS's "paragraph" parts: each half of the body in a box that a wrapper (or two) fills alone, the
    wrappers of one kind side by side around an ad or a related part taken out. The halves' own boxes are
    no siblings, so the body was the better-scored half alone (a held-out Drupal page lost half its text)."""
    opening = "".join(f'<{t} class="part-{n}">' for n, t in enumerate(wrappers))
    closing = "".join(f"</{t}>" for t in reversed(wrappers))
    halves = [f"{opening}<div>" + "".join(f"<p>{p}</p>" for p in half) + f"</div>{closing}"
              for half in (PARA[:2], PARA[2:])]
    html = page(f"<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1>"
                f"<div>{halves[0]}{between}{halves[1]}</div>"
                f'<div><h4>أخبار متصلة</h4><div><a href="{_STORY[0]}">{_STORY[1]}</a></div></div></main>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


_CARD_STORIES = [("/news/2024/04/29/other-2", "الحكومة تبحث خطة جديدة لدعم الصادرات الزراعية هذا العام"),
                 ("/news/2024/04/28/other-3", "افتتاح معرض دولي للكتاب بمشاركة مئات دور النشر العربية")]


@pytest.mark.parametrize("card", ['<div class="{k}"><div><a href="{u}"><img src="/i.jpg"></a><div><a href="{u}">{t}</a>'
                                  "</div></div></div>", '<div class="{k}"><a href="{u}"><h4>{t}</h4></a></div>'])
@pytest.mark.parametrize("classes", [("blk", "blk"), ("", "")])
def test_a_body_of_one_block_a_paragraph_with_story_cards_between_is_read_whole(card, classes):
    """A wire site's body: one block a paragraph, each a box of one kind with the text in a box of its own, and
    story cards in boxes of the same kind between them (a picture and a linked title, no words of their own).
    A card between two parts is the reader's, as it is in one box: it leaves the body as a read-also item, and
    the body is every part (it was the longest paragraph alone)."""
    text, kind = '<div class="{k}"><div>{p}</div></div>', classes[0]
    cards = [card.format(k=kind, u=u, t=t) for u, t in _CARD_STORIES]
    parts = [text.format(k=kind, p=p) for p in PARA]
    html = page(f"<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div>{parts[0]}{parts[1]}{cards[0]}"
                f"{parts[2]}{cards[1]}{parts[3]}</div></main>")
    rec = extract_article(html, url=URL)
    assert rec["paragraphs"] == PARA
    assert [(r["url"].removeprefix("https://news.example.com"), r["kind"]) for r in rec["related"]] \
        == [(u, "read_also") for u, _ in _CARD_STORIES]


_CAPTION = "جانب من الاجتماع الذي عقد صباح اليوم في مقر الوزارة"


@pytest.mark.parametrize("image", [f'<figure><img src="/i.jpg"><figcaption>{_CAPTION}</figcaption></figure>',
                                   f'<figure><a href="/i-large.jpg"><img src="/i.jpg"></a>'
                                   f'<figcaption>{_CAPTION}</figcaption></figure>'])
def test_a_body_cut_into_blocks_around_a_captioned_image_is_read_whole(image):
    """A page builder's body: sibling blocks of one kind, two paragraphs, one, one, an image block with a caption
    (and a link to the picture) between the first two. A caption is the figure's, not words between the parts;
    a link around a picture alone is no story's (a held-out Squarespace page lost half its text)."""
    block = '<div class="blk html-blk"><div class="blk-content">{}</div></div>'
    parts = [block.format("".join(f"<p>{p}</p>" for p in half)) for half in (PARA[:2], PARA[2:3], PARA[3:])]
    html = page(f"<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div class=\"col\">{parts[0]}"
                f'<div class="blk image-blk">{image}</div>{parts[1]}{parts[2]}</div>'
                f'<div><h4>أخبار متصلة</h4><div><a href="{_STORY[0]}">{_STORY[1]}</a></div></div></main>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


def test_comments_beside_the_body_stay_out_of_it():
    """A box of comments right after the body is no second half of it, classes or none."""
    comments = "".join(f'<div><b>قارئ {n}</b><span>منذ ساعة</span><p>تعليق القارئ على الخبر يقول فيه إن هذه الخطوة '
                       f"مهمة ويجب متابعتها بعناية من الجهات المعنية {n}</p></div>" for n in range(3))
    html = page("<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div>"
                + "".join(f"<p>{p}</p>" for p in PARA) + f"</div><div>{comments}</div></main>")
    assert extract_article(html, url=URL)["paragraphs"] == PARA


def test_a_split_body_directly_under_the_page_never_makes_the_page_the_body():
    """Halves straight under <body>: their parent is the whole page, whose other text (a site's blurb
    among its boxes) is no article's."""
    blurb = "موقع إخباري مستقل يقدم لقرائه تغطية شاملة ومتوازنة لأهم الأحداث المحلية والعربية والدولية على مدار الساعة."
    halves = ["<div>" + "".join(f"<p>{p}</p>" for p in half) + "</div>" for half in (PARA[:2], PARA[2:])]
    html = (f"<html><body><div><p>{blurb}</p></div><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1>"
            f"{halves[0]}<div></div>{halves[1]}</body></html>")
    assert blurb not in extract_article(html, url=URL)["paragraphs"]


def test_a_page_with_no_h1_text_and_no_title_takes_its_first_headline():
    """No <title>, no metadata, an <h1> that holds the logo's image alone: the headline is the first
    heading of a headline's words outside links (the page was refused as having no title)."""
    title = "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات الجنوبية"
    html = ('<html><body><header><h1><a href="/"><img alt="موقع الأخبار" src="/l.png"></a></h1>'
            '<h3><a href="/news/other-1">قصة أخرى منشورة في الموقع عن موضوع مختلف تماما</a></h3></header>'
            f"<main><h2>{title}</h2><div>" + "".join(f"<p>{p}</p>" for p in PARA) + "</div></main></body></html>")
    rec = extract_article(html, url=URL)
    assert (rec["title"], rec["paragraphs"]) == (title, PARA)


@pytest.mark.parametrize("between", ['<tr><td class="ad"><div>إعلان</div></td></tr>', "<tr><td></td></tr>", ""])
def test_a_body_of_one_paragraph_a_row_is_read_whole(between):
    """An old portal's body: each paragraph a row of its own in a table (an ad's row among them). The best
    box was one cell, and the body its first paragraph alone; the rows are the parts of one body."""
    rows = [f"<tr><td>{p}</td></tr>" for p in PARA]
    html = page(f'<table><tr><td><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1></td></tr><tr><td><table>'
                f'{rows[0]}{rows[1]}{between}{rows[2]}{rows[3]}</table></td></tr></table>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


def test_a_short_article_beside_teasers_with_excerpts_keeps_its_body():
    """Two paragraphs under the headline, and beside them a box of teasers, each a linked title and an
    excerpt of a sentence or two, more words in all than the article: with no class to say so, the teasers'
    excerpts outscored the body and the record was the sidebar's. An excerpt beside its own story link in an
    item box is a teaser's, no paragraph of the page's."""
    excerpt = ("في تطور لافت أعلنت الجهات المختصة عن تفاصيل جديدة تتعلق بهذا الملف، وأكدت أن العمل جار على استكمال "
               "كل المراحل المطلوبة خلال الفترة المقبلة وفق الخطة الموضوعة مسبقا.")
    title = "عنوان قصة أخرى منشورة في الموقع رقم {}"
    teasers = "".join(f'<div><h4><a href="/news/2024/04/2{n}/story-{n}">{title.format(n)}</a></h4>'
                      f"<p>{excerpt}</p></div>" for n in range(5))
    html = page(f"<main><article><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div>"
                f"<p>{PARA[0]}</p><p>{PARA[1]}</p></div></article><aside><h3>آخر الأخبار</h3>{teasers}</aside></main>")
    assert extract_article(html, url=URL)["paragraphs"] == PARA[:2]


def test_a_body_in_one_paragraph_of_br_lines_beside_a_link_is_no_excerpt():
    """A whole body written as one <p> of br-separated lines, in a box that also holds a link (the tags'):
    the paragraph is the body, not a teaser's excerpt (an excerpt is a sentence or two)."""
    html = page(f"<main><h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div><p>{'<br><br>'.join(PARA)}</p>"
                '<div><a href="/tag/1">سياسة</a> <a href="/tag/2">اقتصاد</a></div></div></main>')
    assert extract_article(html, url=URL)["paragraphs"] == PARA


@pytest.mark.parametrize("box", [
    '<div><h4>استطلاع رأي</h4><p>هل تتوقع أن تنجح الخطة الجديدة؟</p><form>'
    '<label><input type="radio" name="v"> نعم</label><label><input type="radio" name="v"> لا</label>'
    '<button>صوّت</button></form></div>',
    '<section><p>ما رأيك في القرار الجديد للحكومة؟</p><form><input type="checkbox"> أؤيد '
    '<input type="checkbox"> أعارض</form></section>',
    '<div><p>اشترك في نشرتنا ليصلك الجديد كل يوم</p><form><input type="email"><button>إرسال</button></form></div>',
])
def test_a_box_around_a_form_between_paragraphs_is_no_body_text(box):
    """A poll or a sign-up between the body's paragraphs: its heading and question stand beside the form in a
    short box of their own, and are the form's, not the article's (the question was kept as a paragraph)."""
    rec = extract_article(article(box))
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


@pytest.mark.parametrize("rule", ["__________________", "----------", "=====", "* * *", "ـــــــــــ", "~~~~~~~~"])
@pytest.mark.parametrize("after", [["لا إله إلا الله"], ["اللهم صل على محمد", "ومن الله التوفيق"],
                                   ["تحياتي لكم جميعا"]])
@pytest.mark.parametrize("shape", ["p", "br"])
def test_lines_after_a_rule_closing_the_body_are_a_signature(rule, after, shape):
    """A forum post's or a blog's signature: a rule of one repeated mark, then a short line or two that are no
    sentences, after the last paragraph. They leave the body; the rule alone says so, whatever the words."""
    lines = [*PARA, rule, *after]
    body = "".join(f"<p>{x}</p>" for x in lines) if shape == "p" else "<p>" + "<br><br>".join(lines) + "</p>"
    html = page(f"<h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div>{body}</div>")
    assert extract_article(html, url=URL)["paragraphs"] == PARA


@pytest.mark.parametrize("rule", ["* * *", "__________", "ـــــــــ"])
def test_paragraphs_after_a_section_break_stay_in_the_body(rule):
    """A rule between parts of a story is a section break: the paragraphs after it are the story's, short
    or long, as long as they are more than a signature's line or two."""
    lines = [PARA[0], PARA[1], rule, PARA[2], "ويقول آخرون إن الأمر سيستغرق وقتا", PARA[3]]
    body = "".join(f"<p>{x}</p>" for x in lines)
    html = page(f"<h1>الوزير يعلن تقدما في المحادثات مع الجانب الآخر</h1><div>{body}</div>")
    assert extract_article(html, url=URL)["paragraphs"] == [x for x in lines if x != rule]


LEDE = ("ثمّن المسؤول جهود الحكومة وتعاملها مع الأزمة الأخيرة، إذ قدمت كل التسهيلات للمقيمين على أرضها خلال "
        "الأشهر الماضية، وهي مستمرة في تقديم المساعدات للدول المتضررة في المنطقة وخارجها بحسب ما قال.")
SHORTER = ["ودعا المسؤول أبناء الجالية إلى الالتزام التام بالإجراءات الاحترازية التي اتخذتها الحكومة.",
           "وحث جميع المقيمين على ضرورة الالتزام ببرنامج التعقيم الوطني والحد من التجمعات."]


@pytest.mark.parametrize("wrap", ["<div><em>{}</em></div>", "<div><b>{}</b></div>", "<section><p>{}</p></section>"])
def test_a_lede_boxed_apart_above_a_shorter_body_is_the_body_s(wrap):
    """A lede set in a box of its own above the box of the body's other paragraphs, each shorter than it (no class
    names to tell the boxes): the box of one paragraph scored a little above the body's, and the body was the
    lede alone."""
    body = wrap.format(LEDE) + "<div><div><span>التاريخ:</span> 03 يونيو 2020</div>" \
        + "".join(f"<p>{p}</p>" for p in SHORTER) + "</div>"
    rec = extract_article(page(f"<h1>المسؤول يثمن جهود الحكومة في مواجهة الأزمة</h1><div>{body}</div>"
                               "<aside><h3>الأكثر قراءة</h3><ul><li><a href='/a/2'>خبر آخر من الموقع هنا</a></li></ul>"
                               "</aside>"), url=URL)
    assert rec["paragraphs"] == [LEDE, *SHORTER]
