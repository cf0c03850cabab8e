"""Link addresses (newsscrape/extract/tree.py): the shortcut for addresses given whole and paths from a
site's root must give what urllib gives, for any href and base, odd characters included."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import PARA, extract_article, page
from newsscrape.extract.tree import _absolute, _origin, _plainly_resolved, _resolved_by_urllib, href_of

# Pieces that make urljoin and urlsplit do more than join: dot segments, doubled slashes, queries,
# fragments, params, brackets, control characters, non-ASCII hosts and paths.
PIECES = ["/", "//", ".", "..", "?", "#", ";", ":", "[", "]", "@", "\t", "\n", "\x0b", " ", "%20", "a", "b1",
          "خبر", "ｅ", "ß", "x.com", "http:", "https:", "HTTP:", "mailto:"]
hrefs = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)
bases = st.one_of(st.none(), st.sampled_from([
    "https://news.example.net/", "http://ex.com/", "https://ex.com:8080/", "https://user@ex.com/",
    "https://news.example.net/2024/05/story-1", "https://ex.com/a/?q=1", "https://[::1]/", "https://خبر.com/",
    "HTTPS://Ex.com/", "https:///"]))


def by_urllib(href: str, base: str | None):
    try:
        return _resolved_by_urllib(href, base)
    except ValueError as exc:            # urllib refuses some hosts: the shortcut must leave them to it
        return ("ValueError", str(exc))


@settings(max_examples=400)
@given(st.one_of(hrefs, hrefs.map(lambda h: "/" + h), hrefs.map(lambda h: "https://" + h)), bases)
@example("//cdn.example.org/x", "https://ex.com/")      # an address without its scheme: not a path
@example("/a/../b", "https://ex.com/")
@example("/a?", "https://ex.com/")
@example("https://[", None)
@example("https://خبر.com/x", None)
def test_the_shortcut_answers_only_as_urllib_would(href, base):
    href = href.strip()
    if href and (shortcut := _plainly_resolved(href, base)) is not None:
        assert shortcut == by_urllib(href, base)


@given(st.sampled_from(["https://news.example.net/2024/05/story-1", "http://ex.com:81/a/b?c=d#e"]),
       st.lists(st.sampled_from(["a", "b1", "خبر", "%D8%AE", "-", "_", "story.html"]), min_size=1, max_size=5))
def test_the_forms_most_links_take_go_the_short_way(page, parts):
    """Not a test that could pass by never taking the shortcut: the two plain forms take it."""
    path = "/" + "/".join(parts)
    assert _plainly_resolved(path, _origin(page)) == _origin(page)[:-1] + path
    assert _plainly_resolved("https://cdn.example.org" + path, None) == "https://cdn.example.org" + path


@given(hrefs.map(lambda h: "/" + h), st.sampled_from(["https://news.example.net/2024/05/story-1",
                                                      "http://ex.com:81/a/b?c=d#e"]))
@example("/\t/", "https://news.example.net/2024/05/story-1")     # urllib deletes the tab: "//", no host
@example("/\n\t/", "https://news.example.net/2024/05/story-1")
def test_a_link_resolves_on_the_page_as_urllib_resolves_it(href, page):
    class Anchor:
        def get(self, name):
            return href
    _absolute.cache_clear()
    stripped = href.strip()
    expected = by_urllib(stripped, page) if not stripped.startswith("#") else None
    assert href_of(Anchor(), page) == (None if isinstance(expected, tuple) else expected)


def test_a_link_urllib_refuses_costs_the_link_not_the_page():
    """``<a href="//[">`` (an unclosed IPv6 host): urllib raises; the page's article is still read."""
    html = page(f"<article><h1>الحكومة تعلن خطة جديدة لدعم المزارعين</h1><p>{PARA}</p><p>{PARA}</p>"
                '<p>اقرأ أيضاً: <a href="//[broken/x">رابط لا يقرأ عنوانه أبدا في أي مكان</a></p></article>')
    record = extract_article(html, url="https://news.example.net/2024/05/01/story-1")
    assert record["paragraphs"] and all("[broken" not in r["url"] for r in record["related"])


@given(st.sampled_from(["https://ex.com/2024/05/story-1", "http://news.example.net/a/b?c=d"]),
       st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["\t", "\n", "\r", "\r\n"])), min_size=1, max_size=3),
       st.sampled_from(["https://news.example.net/2024/05/story-1", None]))
def test_a_link_written_over_lines_is_its_address_without_the_breaks(url, breaks, page):
    """Browsers and urllib delete tabs and line breaks anywhere in an address; a link given whole keeps
    the rest as written."""
    class Anchor:
        def get(self, name):
            return href
    href = url
    for at, brk in breaks:
        href = href[:at] + brk + href[at:]
    _absolute.cache_clear()
    assert href_of(Anchor(), page) == url
