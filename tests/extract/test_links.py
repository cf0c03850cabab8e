"""Link addresses (newsscrape/extract/tree.py): the shortcut for addresses given whole and paths from a
site's root must give what urllib gives, for any href and base, odd characters included."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsscrape.extract.tree import _absolute, _origin, href_of

# Pieces that make urljoin and urlsplit do more than join: dot segments, doubled slashes, queries,
# fragments, params, brackets, control characters, non-ASCII hosts and paths.
PIECES = ["/", "//", ".", "..", "?", "#", ";", ":", "[", "]", "@", "\t", "\n", "\x0b", " ", "%20", "a", "b1",
          "خبر", "ｅ", "ß", "x.com", "http:", "https:", "HTTP:", "mailto:"]
hrefs = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
bases = st.one_of(st.none(), st.sampled_from([
    "https://news.example.net/", "http://ex.com/", "https://ex.com:8080/", "https://user@ex.com/",
    "https://news.example.net/2024/05/story-1", "https://ex.com/a/?q=1", "https://[::1]/", "https://خبر.com/",
    "HTTPS://Ex.com/", "https:///"]))


def reference(href: str, base: str | None) -> str | None:
    """What ``_absolute`` answered before its shortcut: urllib all the way."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:", "whatsapp:", "file:")):
        return None
    url = urljoin(base, href) if base else href
    scheme = urlsplit(url).scheme
    if scheme and scheme not in ("http", "https"):
        return None
    return url


def outcome(fn, *args):
    try:
        return fn(*args)
    except ValueError as exc:            # urllib refuses some hosts; so must the shortcut
        return ("ValueError", str(exc))


@settings(max_examples=400)
@given(st.one_of(hrefs, hrefs.map(lambda h: "/" + h), hrefs.map(lambda h: "https://" + h)), bases)
@example("//cdn.example.org/x", "https://ex.com/")      # an address without its scheme: not a path
@example("/a/../b", "https://ex.com/")
@example("/a?", "https://ex.com/")
@example("https://[", None)
@example("https://خبر.com/x", None)
def test_an_address_resolves_as_urllib_resolves_it(href, base):
    _absolute.cache_clear()
    assert outcome(_absolute.__wrapped__, href, base) == outcome(reference, href, base)


@given(hrefs.map(lambda h: "/" + h), st.sampled_from(["https://news.example.net/2024/05/story-1",
                                                      "http://ex.com:81/a/b?c=d#e"]))
def test_a_path_from_the_root_resolves_on_the_pages_origin(href, page):
    class Anchor:
        def get(self, name):
            return href
    assert outcome(href_of, Anchor(), page) == outcome(reference, href, page)
    assert _origin(page).count("/") == 3
