"""JSON-LD (valid, in @graph, broken), meta tags, and decoding of bytes in Arabic encodings."""

from __future__ import annotations

import json
import warnings

import pytest

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


@pytest.mark.parametrize("prefix, header, charset", [
    (b"", None, ""), (b"", "text/html; charset=windows-1256", ""), (b"", None, '<meta charset="windows-1256">'),
    (b"\xef\xbb\xbf", None, "")])
def test_decoding_asks_w3lib_nothing_it_has_deprecated(prefix, header, charset):
    # w3lib 2.6 deprecated html_to_unicode's own guess (auto_detect_fun): a release that drops it must not
    # change how a page is read, so decoding uses only its lasting functions
    html = article().replace('<meta charset="utf-8">', charset)
    data = prefix + html.encode("utf-8" if prefix else "cp1256")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text, enc, _ = decode(data, header)
    assert "الوزير" in text and enc == ("utf-8" if prefix else "cp1256")


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


_SHELL = ('<html lang="ar"><head><meta charset="utf-8"><title>{t}</title></head><body><div id="root"><main>'
          '<div class="loading">جار التحميل</div></main></div>{s}</body></html>')
_STORY_TITLE = "انطلاق معرض دولي للكتاب بمشاركة ألف دار نشر من أربعين دولة"


@pytest.mark.parametrize("key", ["content_elements", "blocks", "paragraphs", "elements"])
@pytest.mark.parametrize("text_key", ["content", "text"])
def test_a_state_whose_body_is_a_list_of_text_blocks_under_any_key(key, text_key):
    """A story kept as a list of text blocks under a key no list names ("content_elements": Arc XP's), the
    image and embed blocks between them skipped: its paragraphs are the story's (the page had no text)."""
    blocks = [{"type": "text", text_key: p} for p in PARA[:2]] + [{"type": "image", "url": "/i.jpg"},
                                                                  {"type": "raw_html", text_key: "<div id=ad></div>"}] \
        + [{"type": "text", text_key: p} for p in PARA[2:]]
    state = json.dumps({"article": {"title": _STORY_TITLE, key: blocks}}, ensure_ascii=False)
    html = _SHELL.format(t=_STORY_TITLE, s=f"<script>window.__INITIAL_STATE__ = {state};</script>")
    assert extract_article(html, url="https://e.example.net/culture/2025/11/20/fair-1")["paragraphs"] == PARA


@pytest.mark.parametrize("prelude", ["window.Fusion=window.Fusion||{};Fusion.globalContent=", "App.state.story = ",
                                     "var pageData="])
def test_a_state_assigned_to_any_name_is_read(prelude):
    """A story assigned as JSON to a name of the app's own ("Fusion.globalContent = {…};" then more code),
    not only to a "__NAME__": the object that opens with a quoted key is read up to its end."""
    state = json.dumps({"headline": _STORY_TITLE, "body": "\n".join(PARA)}, ensure_ascii=False)
    html = _SHELL.format(t=_STORY_TITLE, s=f'<script>{prelude}{state};Fusion.config={{"a":1}};</script>')
    assert extract_article(html, url="https://e.example.net/culture/2025/11/20/fair-1")["paragraphs"] == PARA


def test_a_heading_block_is_text_though_its_type_holds_other_words():
    """A block typed "heading" is the story's subheading: a type is read by its words, never a part of one
    ("heading" holds "ad")."""
    blocks = [{"type": "paragraph", "text": PARA[0]}, {"type": "heading", "text": "مراحل التنفيذ"},
              *({"type": "paragraph", "text": p} for p in PARA[1:])]
    state = json.dumps({"article": {"title": _STORY_TITLE, "elements": blocks}}, ensure_ascii=False)
    html = _SHELL.format(t=_STORY_TITLE, s=f"<script>window.__INITIAL_STATE__ = {state};</script>")
    assert extract_article(html, url="https://e.example.net/culture/2025/11/20/fair-1")["paragraphs"] \
        == [PARA[0], "مراحل التنفيذ", *PARA[1:]]
