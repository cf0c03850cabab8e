"""Page furniture that must stay out of the body, found without class names or ids: promos a skip
link lets readers jump (closed by an end marker), English labels in Arabic articles, Latin bylines."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from conftest import PARA, extract_article, page

URL = "https://news.example.net/2024/05/01/story-1"
H1 = "<h1>عنوان الخبر عن المحادثات بين الوفدين</h1>"


def _body(*middle: str) -> str:
    parts = []
    for i, p in enumerate(PARA):
        parts.append(f"<p>{p}</p>")
        if i < len(middle):
            parts.append(middle[i])
    return "".join(parts)


def test_a_skippable_promo_closed_by_its_end_marker_is_dropped():
    promo = ('<div><a href="#gone-id">تخطى حلقات البودكاست وواصل القراءة</a><div><strong>حلقات البودكاست</strong>'
             "<p>شرح معمق لقصة بارزة من أخبار اليوم يساعدك على فهم أهم الأحداث حولك وأثرها على حياتك اليومية</p>"
             "<p>الحلقات</p></div><p>حلقات البودكاست نهاية</p></div>")
    rec = extract_article(page(f"<main><article>{H1}<div>{_body('', promo)}</div></article></main>"), url=URL)
    assert rec["paragraphs"] == PARA


def test_latin_labels_and_bylines_in_an_arabic_article():
    byline = "<div><h2>Article information</h2><p>Author, سارة أحمد</p><p>Role, أخبار المثال</p></div>"
    rec = extract_article(page(f"<article>{H1}<div>{byline}{_body()}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA and rec["authors"] == ["سارة أحمد"]


def test_a_latin_phrase_inside_arabic_text_stays():
    para = "وقال المتحدث باسم منظمة Human Rights Watch إن التقرير سيصدر الأسبوع المقبل بعد مراجعة نهائية."
    rec = extract_article(page(f"<article>{H1}<div>{_body(f'<p>{para}</p>')}</div></article>"), url=URL)
    assert para in rec["paragraphs"]


@pytest.mark.parametrize("label", ["شارك الرابط:", "رابط مختصر", "Permalink:", "الرابط المختصر -"])
def test_a_line_that_is_a_label_and_the_pages_address_is_not_body(label):
    """A share or short-link line under the body: a label and an address written out as the link's text.
    Its words are no sentence, whatever the label says."""
    address = URL + "-" + quote("الناشط الحقوقي السوداني خالد عبد الكريم ماسا كل الشروط متوفرة لثورة".replace(" ", "-"))
    line = f'<div>{label} <a href="{address}">{address}</a></div>'
    rec = extract_article(page(f"<article>{H1}<div>{_body()}{line}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA


def test_a_sentence_that_cites_an_address_stays():
    para = "ونشرت الوزارة البيان كاملا على موقعها الرسمي https://gov.example.org/statement صباح اليوم."
    rec = extract_article(page(f"<article>{H1}<div>{_body(f'<p>{para}</p>')}</div></article>"), url=URL)
    assert para in rec["paragraphs"]


# A row of topic links is told by what it is made of, not by its label: labels, separators and wrappers
# written here for the test, none of them a word the extractor knows.
_ROW_LABELS = ["مواضيع:", "تصنيفات", "هاشتاج :", ""]
_ROW_SEPARATORS = ["، ", " | ", " - ", " "]
_TOPICS = ["الخارجية", "المحادثات الثنائية", "اللجان الفنية المشتركة", "العاصمة"]


@pytest.mark.parametrize("label", _ROW_LABELS)
@pytest.mark.parametrize("sep", _ROW_SEPARATORS)
@pytest.mark.parametrize("wrap", ["<div><span>{}</span> {}</div>", "<p><strong>{}</strong> {}</p>", "<div>{} {}</div>"])
def test_a_row_of_topic_links_after_the_body_is_not_a_paragraph(label, sep, wrap):
    """The row closing the body element was its last paragraph, which also hid the agency tag closing
    the paragraph before it (vary.py seed 41, assabah~v05: "وسوم:" and three tag links)."""
    links = sep.join(f'<a href="/topic/{quote(t)}">{t}</a>' for t in _TOPICS[:3])
    last = PARA[-1] + " (أ ف ب)"
    body = "".join(f"<p>{p}</p>" for p in PARA[:-1]) + f"<p>{last}</p>" + wrap.format(label, links)
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA
    assert rec["source"] == "أ ف ب"


def test_a_short_last_paragraph_sharing_a_wrapper_with_a_row_of_sections_stays():
    """The sections' list items glue their names in the wrapper's text ("ثقافةصحة"): counted from it,
    the last paragraph's words seemed a label and the paragraph went with the row (vary.py seed 97)."""
    last = 'وأضافت: "لأن هذه اللحظة الأخيرة لم تكن خلاصة حياته".'
    sections = ("ثقافة", "صحة", "اقتصاد", "محليات", "رياضة", "فنون", "تقارير")
    nav = "<nav><ul>" + "".join(f'<li><a href="/{n}">{n}</a></li>' for n in sections) + "</ul></nav>"
    body = "".join(f"<p>{p}</p>" for p in PARA) + f"<div><p>{last}</p>{nav}</div>"
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"] == [*PARA, last]


def test_a_sentence_with_two_short_links_stays_a_paragraph():
    para = ('وقال <a href="/topic/a">الوزير</a> إن <a href="/topic/b">اللجان الفنية</a> ستبدأ عملها مطلع الشهر '
            "المقبل لمتابعة التفاصيل.")
    body = "".join(f"<p>{p}</p>" for p in PARA) + f"<p>{para}</p>"
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"][-1] == "وقال الوزير إن اللجان الفنية ستبدأ عملها مطلع الشهر المقبل لمتابعة التفاصيل."


def test_a_source_line_linking_its_agencies_keeps_them():
    line = ('المصدر: <a href="https://www.reuters.com/">رويترز</a>، <a href="https://www.afp.com/ar">أ ف ب</a>')
    body = "".join(f"<p>{p}</p>" for p in PARA) + f"<p>{line}</p>"
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA and rec["source"]


@pytest.mark.parametrize("after", ['<div><a href="#" onclick="x()">نقاشات</a><h2><span>نقاشات</span></h2></div>',
                                   "<div><span>آراء القراء</span></div>", "<p>شاركونا</p>"])
def test_a_widget_word_after_the_last_paragraph_is_not_body_and_hides_no_credit(after):
    """One or two words closing the body element with no sentence of their own (a comments widget's
    button and heading) were kept as its last paragraph, which hid the agency tag of the paragraph before
    (vary.py seed 113 with the third vocabulary, class names renamed: albayan~v04)."""
    body = "".join(f"<p>{p}</p>" for p in PARA[:-1]) + f"<p>{PARA[-1]} ―(وفا)</p>" + after
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA
    assert rec["source"] == "وفا"


@pytest.mark.parametrize("label", ["تاريخ النشر:", "نُشر في :", "آخر تحديث："])
@pytest.mark.parametrize("value", ["<time>3 مارس 2024</time>", "<span>الرباط | و م ع</span> <time>3 مارس 2024</time>"])
def test_a_label_whose_value_is_not_body_goes_with_it(label, value):
    """A label alone in its element ("التاريخ:") whose value, in the next one, is a date or credit line
    read out of the body stayed as a paragraph of its own (vary.py seeds 71, 101, 113 with class names
    renamed: albayan's metadata box). A label is kept only before a paragraph it introduces."""
    meta = f"<div><span>{label}</span><div>{value}</div></div>"
    rec = extract_article(page(f"<article>{H1}<div>{meta}{_body()}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA


def test_a_label_before_a_paragraph_stays():
    said = "<p>وقال المتحدث:</p><p>«سنواصل العمل مع جميع الأطراف حتى نهاية المرحلة المقبلة»</p>"
    rec = extract_article(page(f"<article>{H1}<div>{_body()}{said}</div></article>"), url=URL)
    assert rec["paragraphs"][-2:] == ["وقال المتحدث:", "«سنواصل العمل مع جميع الأطراف حتى نهاية المرحلة المقبلة»"]


def test_a_date_and_credit_line_with_its_separators_is_no_paragraph():
    """Words are counted as words: the dash and bar of "03 يونيو 2020 - و م ع | الرباط" made nine
    "words" of seven, past the date line's bound, so the line (and its label) stayed body (vary.py seed
    97, second vocabulary, class names renamed: albayan~v10)."""
    meta = "<div><span>موعد النشر:</span><div><time>03 يونيو 2020</time> - <span>و م ع | الرباط</span></div></div>"
    rec = extract_article(page(f"<article>{H1}<div>{meta}{_body()}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA


def test_a_byline_by_way_of_closing_the_body():
    """"بواسطة:" was an author verb of the byline cleaner but not of the byline itself, so the line
    closing the body stayed a paragraph (vary.py seed 17 with a vocabulary of our own)."""
    rec = extract_article(page(f"<article>{H1}<div>{_body()}<p>بواسطة: سلمى يوسف</p></div></article>"), url=URL)
    assert rec["paragraphs"] == PARA and rec["authors"] == ["سلمى يوسف"]


@pytest.mark.parametrize("line", ['بقلم الكاتب: <a href="/author/salma-youssef">سلمى يوسف</a>',
                                  '<span>إعداد الزميلة</span> <a href="/writers/12/سلمى-يوسف">سلمى يوسف</a>',
                                  '<a href="https://news.example.net/editors/salma">سلمى يوسف</a>'])
def test_a_line_linking_its_writer_page_is_a_byline_whatever_its_label(line):
    """A short line whose link goes to a writer's page is a byline, whatever words label it: "بقلم
    الكاتب: …" closing the body stayed a paragraph and hid the agency tag before it (vary.py seed 13
    with a vocabulary of our own)."""
    body = "".join(f"<p>{p}</p>" for p in PARA[:-1]) + f"<p>{PARA[-1]} (أ ف ب)</p><div>{line}</div>"
    rec = extract_article(page(f"<article>{H1}<div>{body}</div></article>"), url=URL)
    assert rec["paragraphs"] == PARA and rec["source"] == "أ ف ب" and rec["authors"] == ["سلمى يوسف"]
