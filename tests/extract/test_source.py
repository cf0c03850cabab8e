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


@pytest.mark.parametrize("verb", ["اقرأ", "طالع", ""])
@pytest.mark.parametrize("noun", ["المقال الأصلي", "الخبر الأصلي", "النص الأصلي", "المادة الأصلية"])
@pytest.mark.parametrize("prep", ["على", "في", "عبر", "من"])
def test_the_original_article_elsewhere_is_the_source(verb, noun, prep):
    """"اقرأ المقال الأصلي على <a>موقع …</a>": the original article on another site credits that site as the
    source; the line is no read-also cue and stays out of the body, its link out of the related list."""
    link = '<a href="https://www.other-outlet.example/2024/05/01/x">موقع الأفق الإخباري</a>'
    line = f"<p>{verb} {noun} {prep} {link}</p>"
    rec = extract_article(article().replace("</div></article>", line + "</div></article>"),
                          url="https://news.example.net/2024/05/01/story-1")
    assert rec["source"] == "موقع الأفق الإخباري"
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["related"] == []


@pytest.mark.parametrize("role", ["محرر الشؤون الاقتصادية", "مراسلة الموقع في بيروت", "كاتب صحفي",
                                  "باحث في الشؤون الدولية", "رئيس قسم الأخبار"])
@pytest.mark.parametrize("name", ["سامي الحداد", "هدى عبد الرحمن السالم"])
@pytest.mark.parametrize("shape", ["<p><strong>{n}</strong></p><p>{r}</p>", "<p><b>{n}</b><br>{r}</p>",
                                   "<p>{n} - {r}</p>", "<p>{n}، {r}</p>"])
def test_a_writers_signature_closing_the_body_is_a_byline(role, name, shape):
    """A name and the writer's role after the last paragraph ("سامي الحداد" / "محرر الشؤون الاقتصادية"): a
    signature, a byline at the end, not body text; the name is the author."""
    rec = extract_article(article().replace("</div></article>", shape.format(n=name, r=role) + "</div></article>"))
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert rec["authors"] == [name]


def test_a_short_last_paragraph_about_a_role_is_body_text():
    """A last paragraph that names a role in a sentence stays ("رئيس الوزراء يصل غدا إلى العاصمة"), as does a
    role line after a sentence rather than a name."""
    last = "<p>رئيس الوزراء يصل غدا</p>"
    rec = extract_article(article().replace("</div></article>", last + "</div></article>"))
    assert rec["paragraphs"][-1] == "رئيس الوزراء يصل غدا"


@pytest.mark.parametrize("label", ["المصدر:", "<strong>من إنتاج</strong>", "<b>نقلاً عن</b>"])
@pytest.mark.parametrize("name", ["وكالة أنباء الإمارات - وام", "وكالة الأنباء الفلسطينية - وفا",
                                  "وكالة الأنباء السعودية – واس"])
def test_a_labelled_agency_and_its_short_form_after_a_dash_stay_whole(label, name):
    """"المصدر: وكالة أنباء الإمارات - وام": an agency and its short form after a dash, one name, not a place
    and the publisher's desk after it ("أبوظبي - البيان", whose desk alone is read)."""
    rec = extract_article(article("", "", "", f"<p><small>{label} {name}</small></p>"), url=URL)
    assert rec["source"] == name
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("place", ["الحسكة", "منبج", "الناصرية", "سامراء", "الكرك", "ورقلة", "عطبرة", "القطيف"])
def test_credit_lines_from_cities_of_the_arab_world(place):
    """A credit line of an agency and the city of the Arab world it filed from, which the gazetteer had missed
    ("رويترز من الحسكة"): "from" is the credit's word only before a known place."""
    rec = extract_article(article("", "", "", f"<p>رويترز من {place}</p>"), url=URL)
    assert rec["source"] == "رويترز"
    assert rec["paragraphs"] == PARA
