"""Bytes that would be read as UTF-8 are parsed as they are, before any decoding (core._parse_page): the
tree is the one of the decoded text whatever the bytes hold (invalid sequences, U+FFFD written in the
page, double-encoded Arabic, a BOM, a declaration of another encoding, more errors than the parser
reports)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsscrape.errors import ExtractionError
from newsscrape.extract.core import _parse_page
from newsscrape.extract.decode import decode, read_as_utf8
from newsscrape.extract.tree import parse, parse_utf8

# Pieces of a page's bytes: Arabic and Latin text, markup, and what may make its UTF-8 doubtful.
_PIECES = st.sampled_from([
    "<p>خبر عاجل من القاهرة</p>".encode(), b"<div class=x>", b"</div>", b"<br>", b"plain words ",
    "ﷺ".encode(),                              # a presentation form: its lead byte is U+FFFD's
    "\ufffd".encode(), "\ufffd".encode() * 40,  # U+FFFD written in the page (enough to doubt UTF-8)
    "مرحبا".encode().decode("latin-1").encode() * 30,  # double-encoded Arabic (Ø and Ù pairs)
    "Café ".encode(),                           # a Latin-1 letter: its lead byte is Ø's
    b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", "م".encode()[:1],   # not UTF-8
    "مرحبا".encode("cp1256"),
    b"<!-- note -->", b"<script>var s = '", b"';</script>",
    b"<p><x:y a=1 a=2></b></i>&bogus;" * 60,    # more errors than the parser reports
])
_HEADS = st.sampled_from([
    b"", b"<html><head><meta charset=utf-8></head><body>", b"\xef\xbb\xbf<html><body>",
    b"<html><head><meta charset=windows-1256></head><body>",
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body>',
])
_TYPES = st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256"])


def _outcome(make_tree) -> bytes | str:
    """A tree serialised, or the reason it was refused."""
    try:
        return etree.tostring(make_tree(), encoding="utf-8")
    except ExtractionError as exc:
        return exc.reason


def _by_decoding(html: bytes, content_type: str | None) -> bytes | str:
    """What the bytes mean, as ``decode`` reads them: the tree of the page's decoded text."""
    return _outcome(lambda: parse(decode(html, content_type).text))


def _as_parsed(html: bytes, content_type: str | None) -> bytes | str:
    return _outcome(lambda: _parse_page(html, content_type))


@settings(max_examples=400, deadline=None)
@given(_HEADS, st.lists(_PIECES, min_size=1, max_size=8), _TYPES)
def test_the_tree_is_the_decoded_texts(head, pieces, content_type):
    html = head + b"".join(pieces) + b"<p>the end</p>"
    assert _as_parsed(html, content_type) == _by_decoding(html, content_type)


def test_invalid_bytes_after_more_errors_than_the_parser_reports():
    """libxml2 stops reporting at its error limit; an invalid byte after that is one it does not report."""
    html = b"<html><body>" + b"<p><x:y a=1 a=2></b></i>&bogus;" * 200 + "<p>نص ".encode() + b"\x80" \
        + " المقال</p></body></html>".encode()
    root, sure = parse_utf8(html)
    assert not sure
    assert _as_parsed(html, None) == _by_decoding(html, None)


@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_the_parser_doubts_every_invalid_sequence(pieces):
    html = b"<html><body>" + b"".join(pieces) + b"</body></html>"
    try:
        html.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    if not valid:
        assert not parse_utf8(html)[1]


def test_what_decoding_would_change_is_not_read_as_utf8():
    assert read_as_utf8("<p>مرحبا ﷺ Café</p>".encode())
    assert not read_as_utf8("<p>مرحبا \ufffd</p>".encode())
    assert not read_as_utf8("<p>مرحبا</p>".encode().decode("latin-1").encode())
    assert not read_as_utf8(b"<meta charset=windows-1256><p>x</p>")
    assert not read_as_utf8(b"<p>x</p>", "text/html; charset=iso-8859-6")
    assert read_as_utf8(b"<meta charset=windows-1256><p>x</p>", "text/html; charset=utf-8")


@given(st.lists(st.sampled_from([b" ", b"\t", b"\r", b"\n", b"\x0b", b"\x0c", b"\x1c", b"\x85", b"a"]),
                max_size=6).map(b"".join))
def test_a_page_of_nothing_but_ascii_whitespace_is_empty(data):
    """Empty is what ``bytes.strip`` leaves nothing of, told without copying the page."""
    for check in (read_as_utf8, decode):
        try:
            check(data)
            reason = None
        except ExtractionError as exc:
            reason = exc.reason
        assert (reason == "empty") == (not data.strip())


def test_a_parse_in_another_thread_leaves_this_threads_doubt():
    """The parser's log, read after its run, is this thread's run's: a page parsed meanwhile in another
    thread (a user's thread pool) neither hides bytes that were not UTF-8 nor doubts clean ones."""
    import threading

    from newsscrape.extract import tree

    bad, good = b"<p>a\x80b</p>", "<p>نص</p>".encode()
    tree.parse(bad)
    other = threading.Thread(target=tree.parse, args=(good,))
    other.start()
    other.join()
    assert any(e.type in tree._ENCODING_ERRORS for e in tree._parsers()[1].error_log)
