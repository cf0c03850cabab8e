"""Dates: machine values first, Arabic date text in all its common forms, offsets kept."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article, extract_article
from newsscrape.text.dates import iso, parse_machine_date, parse_text_date


@pytest.mark.parametrize(("text", "tz", "expected"), [
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "Africa/Cairo", "2020-10-07T12:09:00+02:00"),
    ("الإثنين، 24 أغسطس 2020 09:23 ص", "Africa/Cairo", "2020-08-24T09:23:00+02:00"),
    ("٢٤ أغسطس ٢٠٢٠", None, "2020-08-24"),
    ("15 تشرين الثاني 2023", None, "2023-11-15"),
    ("3 شباط 2024 الساعة 10:30", "Asia/Beirut", "2024-02-03T10:30:00+02:00"),
    ("28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", None, "2013-08-28T14:00:00+04:00"),
    ("3 مارس/ آذار 2024", None, "2024-03-03"),
    ("5 شباط (فبراير) 2024", None, "2024-02-05"),
    ("الجمعة 8 فيفري 2019", None, "2019-02-08"),
    ("12 غشت 2021", None, "2021-08-12"),
    ("1 ماي 2022", None, "2022-05-01"),
    ("14 جويلية 2020", None, "2020-07-14"),
    ("20 يوليوز 2019", None, "2019-07-20"),
    ("10 أكتـــوبر 2020", None, "2020-10-10"),
    ("نشر في: 2020/12/25 - 1:59 صباحًا", "Africa/Cairo", "2020-12-25T01:59:00+02:00"),
    ("آخر تحديث: 25/12/2020 11:05 مساءً", None, "2020-12-25T23:05:00"),
    ("الخميس 5 سبتمبر 2024 - 10:00 بتوقيت مكة المكرمة", None, "2024-09-05T10:00:00+03:00"),
    ("15 ربيع الأول 1445 هـ", None, "2023-09-30"),
    ("1 رمضان 1445", None, "2024-03-11"),
])
def test_arabic_date_text(text, tz, expected):
    assert iso(parse_text_date(text, tz)) == expected


def test_relative_dates_go_to_dateparser():
    assert parse_text_date("منذ 3 ساعات", "Africa/Cairo") is not None


def test_machine_dates_keep_their_offset():
    # 23:59 UTC is already the next day in Cairo: the JSON-LD value with +02:00 is kept as given.
    assert iso(parse_machine_date("2020-12-25T01:59:50+02:00")) == "2020-12-25T01:59:50+02:00"
    assert iso(parse_machine_date("2020-06-03T03:01+0400")) == "2020-06-03T03:01:00+04:00"
    assert iso(parse_machine_date("2024-03-03T13:52:13.299Z")) == "2024-03-03T13:52:13+00:00"
    assert iso(parse_machine_date("2020-10-07 12:09", "Africa/Cairo")) == "2020-10-07T12:09:00+02:00"
    assert iso(parse_machine_date("2024-03-03")) == "2024-03-03"
    assert parse_machine_date("not a date") is None


def test_json_ld_date_wins_over_meta():
    head = ('<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",'
            '"datePublished":"2020-12-25T01:59:50+02:00"}</script>')
    assert extract_article(article(head=head), url="https://e.com/a")["published"] == "2020-12-25T01:59:50+02:00"


def test_visible_date_and_update_label():
    html = article().replace("<h1>", '<div class="post-date">آخر تحديث: 2 مايو 2024 10:00</div>'
                                      '<div class="post-date">نشر في 1 مايو 2024 09:15</div><h1>')
    rec = extract_article(html, url="https://news.example.com.eg/a")     # no offset: the .eg zone, recorded
    assert rec["published"] == "2024-05-01T09:15:00+03:00" and rec["timezone"] == "Africa/Cairo"
    assert rec["modified"] == "2024-05-02T10:00:00+03:00"
    assert rec["published_precision"] == rec["modified_precision"] == "time"
    unknown = extract_article(html, url="https://e.com/a")                 # no zone known: the date alone
    assert unknown["published"] == "2024-05-01T00:00:00+00:00" and unknown["published_precision"] == "day"
    assert unknown["timezone"] == "UTC"


def test_no_naive_date_time_is_ever_written():
    """pandas.to_datetime(utc=True) must load every value: full date-times with offsets, never naive."""
    import re

    head = '<meta property="article:published_time" content="2024-03-01T08:00:00">'
    cases = [("https://www.aljazeera.net/news/1", "Asia/Qatar"), ("https://x.example.ma/a", "Africa/Casablanca"),
             ("https://x.example.org/a", None)]
    for url, zone in cases:
        rec = extract_article(article(head=head), url=url)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", rec["published"]), rec["published"]
        assert rec["timezone"] == (zone or "UTC")
        assert rec["published_precision"] == ("time" if zone else "day")    # no zone known: the time is cut
    stated = extract_article(article(head=head.replace("08:00:00", "08:00:00+02:00")), url="https://x.example.ma/a")
    assert stated["published"] == "2024-03-01T08:00:00+02:00" and stated["timezone"] is None


def test_date_from_url_when_nothing_else():
    rec = extract_article(article(), url="http://arabic.example.com/2013/middle_east/8/3/syria/index.html")
    assert rec["published"] == "2013-08-03T00:00:00+00:00" and rec["published_precision"] == "day"


@pytest.mark.parametrize("sep", ["-", "/", "."])
@pytest.mark.parametrize("label", ["آخر تحديث:", "نشر بتاريخ", "التاريخ :"])
def test_a_numeric_date_with_spaced_separators_after_a_label(sep, label):
    """"آخر تحديث: 21 - 9 - 2025" was no date: the numeric forms wanted their separators tight, and the
    label kept dateparser from reading it. The same separator twice, spaced or not."""
    from newsscrape.text.dates import parse_text_date

    assert str(parse_text_date(f"{label} 21 {sep} 9 {sep} 2025", allow_dateparser=False))[:10] == "2025-09-21"
    assert str(parse_text_date(f"{label} 2025 {sep} 09 {sep} 21", allow_dateparser=False))[:10] == "2025-09-21"
    assert parse_text_date(f"{label} 21 {sep} 9 {'/' if sep != '/' else '-'} 2025", allow_dateparser=False) is None


@pytest.mark.parametrize("text", ["1446/08/12 هـ", "12/08/1446هـ", "1446-08-12", "12-8-1446 هجري"])
def test_a_numeric_hijri_date_is_converted_not_read_as_a_gregorian_year(text):
    """"1446/08/12 هـ": a year of the Hijri calendar's range written in digits is Hijri, converted as a
    Hijri month's name is; it was read as the Gregorian year 1446."""
    from hijridate import Hijri
    g = Hijri(1446, 8, 12).to_gregorian()
    assert parse_text_date(text, allow_dateparser=False) == date(g.year, g.month, g.day)


_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("hijri, gregorian, expected", [
    ("3 رمضان 1445 هـ", "13 مارس 2024 م", "2024-03-13"),
    ("21 ربيع الآخر 1447 هـ", "14 أكتوبر 2025 م", "2025-10-14"),
    ("1 ذو الحجة 1446 هـ", "29 أيار 2025", "2025-05-29"),
])
@pytest.mark.parametrize("between", [" الموافق ", " - ", " | ", "، "])
@pytest.mark.parametrize("day", ["", "الأربعاء ", "الخميس، "])
@pytest.mark.parametrize("digits", ["ascii", "indic"])
def test_a_hijri_date_beside_the_gregorian_one_dates_the_page_by_the_gregorian(hijri, gregorian, expected, between,
                                                                              day, digits):
    """"الثلاثاء 21 ربيع الآخر 1447 هـ الموافق 14 أكتوبر 2025 م" under the headline: a date line of a dozen words,
    all of them a date's, dates the page (it was passed over as too long a line), and by the Gregorian date
    the page gives (a conversion of the Hijri one may differ from it by a day)."""
    line = f"{day}{hijri}{between}{gregorian}"
    line = line.translate(_INDIC) if digits == "indic" else line
    html = article().replace("</h1>", f"</h1><div>{line}</div>", 1)
    rec = extract_article(html, url="https://news.example.net/story-1234")
    assert (rec["published"] or "")[:10] == expected


@pytest.mark.parametrize("day", [1, 2, 3, 11, 21, 22, 23, 30])
@pytest.mark.parametrize(("month", "number"), [("ديسمبر", 12), ("كانون الثاني", 1), ("مايو", 5), ("December", 12),
                                               ("Aug", 8), ("أكتوبر", 10)])
@pytest.mark.parametrize("between", ["من", "of", "ordinal", "ordinal of"])
def test_a_day_of_a_named_month(day, month, number, between):
    """"2 من ديسمبر 2025", "3rd December 2025", "21st of Aug 2025": a day written "of" the month, or an English
    ordinal, is the day (the date was not read at all)."""
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    written = {"من": f"{day} من", "of": f"{day} of", "ordinal": f"{day}{suffix}", "ordinal of": f"{day}{suffix} of"}
    found = parse_text_date(f"الثلاثاء {written[between]} {month} 2025", allow_dateparser=False)
    assert found == date(2025, number, day)


TITLE = "الوزير يعلن تقدما في المحادثات مع الجانب الآخر"


@pytest.mark.parametrize("line", ["كتب: سامي الحداد - {d}", "بقلم سامي الحداد، {d}", "كتب: سامي الحداد | {d}",
                                  "{d}", "تاريخ النشر: {d}", "نُشر بتاريخ {d}"])
@pytest.mark.parametrize("written", ["3 ديسمبر 2025", "03/12/2025", "الأربعاء 3 كانون الأول 2025"])
@pytest.mark.parametrize("where", ["before", "after", "inside"])
def test_a_date_line_in_a_paragraph_near_the_body_dates_a_page_with_no_other_date(line, written, where):
    """A page with no machine date, no dated element and no date in its address: a line of its own next to the
    body that is a date, or a byline and its date, in a <p>, dates it (only a <div> or a <span> did); the byline's
    name is the author."""
    from conftest import PARA, page
    text = line.format(d=written)
    body = "".join(f"<p>{p}</p>" for p in PARA)
    inner = {"before": f"<p>{text}</p><div>{body}</div>", "after": f"<div>{body}</div><p>{text}</p>",
             "inside": f"<div><p>{text}</p>{body}</div>"}[where]
    rec = extract_article(page(f"<main><h1>{TITLE}</h1>{inner}</main>"), url="https://news.example.com/a/1")
    assert rec["published"][:10] == "2025-12-03"
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    if "سامي" in line:
        assert rec["authors"] == ["سامي الحداد"]


def test_a_timelines_dated_subheadings_do_not_date_the_page():
    """Dates as subheadings between a story's paragraphs ("3 ديسمبر 2025" heading a timeline's step) are the
    story's, not its publication."""
    from conftest import PARA, page
    body = f"<p>{PARA[0]}</p><h3>3 ديسمبر 2025</h3><p>{PARA[1]}</p><h3>5 ديسمبر 2025</h3><p>{PARA[2]}</p>"
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div></main>"), url="https://news.example.com/a/1")
    assert rec["published"] is None


@pytest.mark.parametrize("text", ["7 دیسمبر 2025", "الأحد 7 کانون الأول 2025", "٧ دیسمبر ٢٠٢٥"])
def test_a_month_typed_on_a_persian_keyboard_is_read(text):
    """A month's name typed with Farsi yeh or keheh ("دیسمبر", "کانون الأول") is the month."""
    assert parse_text_date(text) == date(2025, 12, 7)
