"""The body keeps its lead: a lede in its own element before the body element is body text, unless
it sits in the headline's own header area (a dek). Hand-made layouts."""

from __future__ import annotations

import pytest

from conftest import PARA, extract_article, page

URL = "https://e.example.com/2024/1/1/story-1"
H1 = "<h1>عنوان الخبر عن الزراعة والإصلاح</h1>"
LEDE = ("أعلنت الحكومة اليوم عن خطة شاملة لإصلاح قطاع الزراعة تشمل دعم المزارعين الصغار وتوسيع الري "
        "الحديث في المحافظات.")
BODY = "<div>" + "".join(f"<p>{p}</p>" for p in PARA) + "</div>"


@pytest.mark.parametrize("lede", [f"<p><strong>{LEDE}</strong></p>", f"<div><b>{LEDE}</b></div>",
                                  f"<section>{LEDE}</section>", f'<p style="font-weight:bold">{LEDE}</p>'])
def test_lede_before_the_body_element_is_the_first_paragraph(lede):
    head = f'<meta property="og:description" content="{LEDE}">'
    rec = extract_article(page(f"<article>{H1}{lede}{BODY}</article>", head=head), url=URL)
    assert rec["paragraphs"] == [LEDE, *PARA] and rec["subtitle"] is None


def test_dek_in_the_header_area_is_the_subtitle_not_body():
    rec = extract_article(page(f"<article><header>{H1}<p>{LEDE}</p></header>{BODY}</article>"), url=URL)
    assert rec["paragraphs"] == PARA and rec["subtitle"] == LEDE


def test_a_byline_before_the_body_is_not_a_lede():
    rec = extract_article(page(f"<article>{H1}<div>كتب: محمد أحمد</div>{BODY}</article>"), url=URL)
    assert rec["paragraphs"] == PARA


def test_a_poll_beside_the_body_is_not_its_lede():
    """The widget column just before the body (a poll: its heading, question and answers) was read as
    the lede because it is the body's previous sibling with twelve words; no classes needed to tell."""
    poll = ("<div><div><h2>استطلاع الرأي</h2><div><h3>هل تؤيد طرح تخصصات تعتمد التعلم عن بعد في الجامعات "
            "التقليدية في الدولة هذا العام؟</h3><form><fieldset><legend>Poll</legend><input type=radio>"
            "<label>نعم</label></fieldset><fieldset><input type=radio><label>لا</label></fieldset></form></div>"
            "</div></div>")
    body = "".join(f"<p>{p}</p>" for p in PARA)
    html = page(f"<article><h1>القائم بأعمال السفارة يثمن جهود الدولة</h1><section>{poll}<div>{body}</div>"
                "</section></article>")
    rec = extract_article(html, url="https://news.example.ae/a/1")
    assert rec["paragraphs"] == PARA
