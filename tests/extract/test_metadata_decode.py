"""JSON-LD (valid, in @graph, broken), meta tags, and decoding of bytes in Arabic encodings."""

from __future__ import annotations

from conftest import PARA, article, extract_article, page
from newsscrape import ExtractionError
from newsscrape.extract.decode import decode

URL = "https://news.example.com/a/1"


def test_json_ld_in_graph_and_broken_blocks():
    head = ('<script type="application/ld+json">{ broken json, </script>'
            '<script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":['
            '{"@type":"WebSite","name":"موقعنا"},{"@type":"ReportageNewsArticle","headline":"عنوان",'
            '"datePublished":"2024-05-01T10:00:00+03:00","author":{"@type":"Person","name":"سارة أحمد"},'
            '"articleSection":"سياسة","keywords":"غزة, مصر"}]}]]></script>')
    rec = extract_article(article(head=head), url=URL)
    assert rec["published"] == "2024-05-01T10:00:00+03:00"
    assert rec["authors"] == ["سارة أحمد"]
    assert rec["section"] == "سياسة"
    assert rec["tags"] == ["غزة", "مصر"]


def test_opengraph_and_canonical():
    head = ('<link rel="canonical" href="/a/1?ref=x"><meta property="og:site_name" content="موقعنا">'
            '<meta property="og:image" content="/img/1.jpg"><meta property="article:tag" content="اقتصاد">')
    rec = extract_article(article(head=head), url=URL)
    assert rec["canonical_url"] == "https://news.example.com/a/1?ref=x"
    assert rec["site_name"] == "موقعنا"
    assert rec["image"] == "https://news.example.com/img/1.jpg"
    assert rec["tags"] == ["اقتصاد"]


def test_windows_1256_declared_in_meta():
    html = article().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                             'content="text/html; charset=windows-1256">')
    rec = extract_article(html.encode("cp1256"), url=URL)
    assert rec["paragraphs"] == PARA


def test_windows_1256_undeclared_and_header_only():
    html = article().replace('<meta charset="utf-8">', "")
    assert extract_article(html.encode("cp1256"), url=URL)["paragraphs"] == PARA
    text, enc, _ = decode(html.encode("cp1256"), "text/html; charset=windows-1256")
    assert "الوزير" in text and enc == "cp1256"


def test_utf8_bom_and_iso_8859_6():
    html = article().replace('<meta charset="utf-8">', "")
    assert extract_article(b"\xef\xbb\xbf" + html.encode("utf-8"), url=URL)["paragraphs"] == PARA
    legacy = article(title="الوزير يعلن تقدما").replace('<meta charset="utf-8">',
                                                        '<meta charset="iso-8859-6">')
    text, _, _ = decode(legacy.encode("iso-8859-6", errors="ignore"))
    assert "الوزير" in text


def test_binary_is_refused():
    for data in (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), b"%PDF-1.4\x00\x01\x02" + bytes(100)):
        try:
            extract_article(data, url=URL)
        except ExtractionError as exc:
            assert "binary" in str(exc)
        else:
            raise AssertionError("binary accepted")


def test_page_without_title_uses_metadata():
    html = page("".join(f"<p>{p}</p>" for p in PARA), head="<title>خبر بلا عنوان ظاهر | موقعنا</title>")
    assert extract_article(html, url=URL)["title"] == "خبر بلا عنوان ظاهر"      # the site's name is no headline
