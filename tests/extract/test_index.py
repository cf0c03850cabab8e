"""The one walk of the tree (index.index_tree) finds what the definitions it stands for find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsscrape.extract.index import index_tree
from newsscrape.extract.related import CLASSED_TAGS, maybe_related_class
from newsscrape.extract.tree import is_hidden

_ATTRS = st.dictionaries(
    st.sampled_from(["class", "id", "style", "hidden", "aria-hidden", "href", "data-x", "role"]),
    st.sampled_from(["", "hidden", "d-none x", "story related-posts", "display: none", "color: red", "true",
                     "false", "visibility:hidden", "mostread", "sr-only", "x"]),
    max_size=4)


@st.composite
def _trees(draw) -> etree._Element:
    root = etree.Element("body")
    nodes = [root]
    for _ in range(draw(st.integers(1, 25))):
        el = etree.SubElement(draw(st.sampled_from(nodes)), draw(st.sampled_from(["div", "ul", "span", "p", "a"])),
                              draw(_ATTRS))
        el.text = draw(st.sampled_from([None, "", "نص", "اقرأ أيضا"]))
        nodes.append(el)
    return root


@settings(max_examples=300, deadline=None)
@given(_trees())
def test_the_index_finds_hidden_and_classed_blocks_as_their_tests_do(root):
    index = index_tree(root)
    assert index.hidden == [el for el in root.iter() if is_hidden(el)]
    assert index.classed == [el for el in root.iter() if el.tag in CLASSED_TAGS and _classed(el)]


def _classed(el: etree._Element) -> bool:
    """A class or an id whose words may say "related"."""
    cls, ident = el.get("class"), el.get("id")
    return (cls is not None or ident is not None) and maybe_related_class(f"{cls or ''} {ident or ''}")


def test_each_way_of_hiding_hides_with_or_without_a_class():
    """The attribute names are read first: an element whose class hides nothing is still hidden by its
    style, its ``hidden`` attribute or ``aria-hidden="true"``, and is not by ``aria-hidden="false"``."""
    for cls in (None, "story"):
        for attrs, hidden in (({"style": "display: none"}, True), ({"style": "visibility:hidden"}, True),
                              ({"hidden": ""}, True), ({"aria-hidden": "true"}, True),
                              ({"aria-hidden": "false"}, False), ({"style": "color: red"}, False)):
            el = etree.Element("div", {**attrs, **({"class": cls} if cls else {})})
            assert is_hidden(el) is hidden, (cls, attrs)
            assert index_tree(el).hidden == ([el] if hidden else [])
