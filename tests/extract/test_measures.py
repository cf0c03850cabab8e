"""The page's table of element measures answers as the definitions it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsscrape.extract.measure import Measures
from newsscrape.extract.tree import text_of

# Characters clean() works on: spaces of every kind, controls it deletes, tatweel, letters, marks.
_PIECES = st.text(alphabet=list(" \n\t\xa0\u2003\u200b\u200f\u0640\u0627\u064bابتعلمنهوي٢x.:()-"), max_size=50)


@st.composite
def _boxes(draw) -> etree._Element:
    """A box with text, children with text and tails: a credit candidate's shapes."""
    box = etree.Element("div")
    box.text = draw(_PIECES)
    for _ in range(draw(st.integers(0, 3))):
        child = etree.SubElement(box, draw(st.sampled_from(["span", "b", "a", "p"])))
        child.text, child.tail = draw(_PIECES), draw(_PIECES)
    return box


@settings(max_examples=400, deadline=None)
@given(_boxes(), st.sampled_from([0, 5, 20, 60]), st.booleans())
def test_longer_than_is_the_cleaned_texts_length(box, limit, text_asked_first):
    m = Measures(None, None)
    if text_asked_first:                   # answered from the table's cleaned text
        m.text(box)
    assert m.longer_than(box, limit) == (len(text_of(box)) > limit)


# Markup with entities (known, unknown, numeric), empty elements, void elements and comments.
_MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<span>", "</span>", "<b></b>", "<br>", "<i> </i>", "&amp;",
                                    "&nbsp;", "&#1575;", "&unknown;", "<!-- c -->", "نص", " ", "\n", "<", ">"]),
                   max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKUP)
def test_text_content_is_the_serialisers_text(markup):
    """An element's text as libxml2 serialises it, read directly from a leaf."""
    from newsscrape.extract.tree import parse, text_content

    root = parse(f"<html><body><div>{markup}</div></body></html>")
    for el in root.iter():
        expected = etree.tostring(el, method="text", encoding="unicode", with_tail=False) \
            if isinstance(el.tag, str) else ""
        assert text_content(el) == expected
