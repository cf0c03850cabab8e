"""One pass over the parsed tree, before anything moves: what every later step would otherwise walk the
whole tree again to find."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from lxml import etree

from ..text.cues import cue_hint
from .body import INLINE_TEXT
from .related import CLASSED_TAGS, maybe_related_class
from .thresholds import MAX_CUE_CANDIDATE_CHARS
from .tree import hidden_by


@dataclass
class TreeIndex:
    order: dict[etree._Element, int]     # document order of every element (keeps their proxies alive)
    cue_candidates: list[etree._Element]  # short own text with a cue's letters: possible related headings
    owners: set[etree._Element]          # elements that hold text themselves: the only possible body holders
    hidden: list[etree._Element]         # hidden by an attribute, a style or a class
    classed: list[etree._Element]        # blocks whose class or id may say "related"


def index_tree(root: etree._Element) -> TreeIndex:
    """The ``TreeIndex`` of ``root``, read in one walk. An element holds text itself by its text, a child's
    tail or an inline child's text; attributes are read only on elements that have any."""
    order = dict(zip(root.iter(), itertools.count()))
    cues: list[etree._Element] = []
    owners: set[etree._Element] = set()
    hidden: list[etree._Element] = []
    classed: list[etree._Element] = []
    for el in order:
        tag = el.tag
        text = el.text
        if text and not text.isspace():
            owners.add(el)
            if len(text) <= MAX_CUE_CANDIDATE_CHARS and isinstance(tag, str) and cue_hint(text):
                cues.append(el)
        tail = el.tail
        if (tail and not tail.isspace()) or tag in INLINE_TEXT:
            owners.add(el.getparent())
        keys = el.keys()
        if keys:
            cls = el.get("class") if "class" in keys else None    # read once for both tests
            if hidden_by(el, keys, cls):
                hidden.append(el)
            if tag in CLASSED_TAGS and (cls is not None or "id" in keys) \
                    and maybe_related_class(f"{cls or ''} {el.get('id') or ''}"):
                classed.append(el)
    return TreeIndex(order, cues, owners, hidden, classed)
