"""Who wrote it and where it came from: authors from bylines and metadata, the source attribution.

The source is read as a reader reads it, over the article's whole span in reading order (the
headline block, the body's lines, the lines right after it), before any class decides what is
furniture: ``find_source`` is the one cascade, candidates taken by the rank of where they stand.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lxml import etree

from ..text.arabic import clean, clean_within, fold
from ..text.credits import closing_tag, credit_line, dateline, is_agency_name, labelled, labelled_apart, place_byline
from ..text.cues import BYLINE, BYLINE_OPENING, author_name
from ..text.dates import parse_text_date
from ..text.marks import COMMA, SEP, WORD, Token, tokens, words
from .measure import Measures
from .thresholds import (
    AFTER_BODY,
    MAX_AUTHOR_CHARS,
    MAX_AUTHOR_WORDS,
    MAX_CREDIT_CHARS,
    MAX_CREDIT_CHILDREN,
    MAX_DATE_LINE_WORDS,
    MAX_DESK_WORDS,
    MAX_LABEL_HINT_CHARS,
    MAX_ROLE_WORDS,
    MAX_SIGNATURE_NAME_WORDS,
    MAX_SOURCE_LINE_CHARS,
    MIN_NAME_WORDS,
    MIN_SIGNATURE_NAME_WORDS,
    WHOLE_LINK,
)
from .tree import says

_SPLIT = re.compile(r"\s*(?:[،,;|&/]|\band\b)\s*")
_WAW = re.compile(r"\s+و(?=\S)")
_NOT_A_NAME = re.compile(r"[\d()\[\]@:]|https?|www\.|\.com", re.I)
_SLUG = re.compile(r"[a-z0-9][a-z0-9_.\-]*")      # "akhbarelyom", "news-desk": a login or URL part, not a name
_GENERIC_AUTHORS = {"admin", "editor", "staff", "فريق التحرير", "المحرر", "محرر الموقع", "التحرير"}
_AUTHOR_CLASS = re.compile(r"author|writer|byline|writeby|kateb|editor-name", re.I)


def split_names(text: str) -> list[str]:
    out: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        pieces = _WAW.split(part)
        if len(pieces) > 1 and all(len(p.split()) >= MIN_NAME_WORDS for p in pieces):
            out += pieces
        else:
            out.append(part)
    return out


def is_self(name: str, site_names: list[str]) -> bool:
    f = fold(name)
    for s in site_names:
        fs = fold(s)
        if fs and (fs in f or f in fs):
            return True
    return False


def is_own_name(name: str, site_names: list[str]) -> bool:
    """Is ``name`` one of the names the publisher goes by (its brand in any script it writes, its domain's
    label)? Stricter than ``is_self``: "CNN" credited on CNNArabic is a source, not the page itself."""
    key = fold(name).replace(" ", "")
    return bool(key) and any(key == fold(s).replace(" ", "") for s in site_names)


def clean_authors(names: list[str], site_names: list[str]) -> list[str]:
    out: list[str] = []
    for raw in names:
        for name in split_names(author_name(raw)):
            name = clean(name).strip(" .-–")
            words = name.split()
            if not 1 <= len(words) <= MAX_AUTHOR_WORDS or _NOT_A_NAME.search(name) or name.lower() in _GENERIC_AUTHORS:
                continue
            if _SLUG.fullmatch(name) or is_agency_name(name):   # agencies are the source, not authors
                continue
            if is_self(name, site_names) or name in out:
                continue
            out.append(name)
    return out


def byline_author(text: str) -> str | None:
    """The name of a byline block ("كتب محمد علي", "حوار: آسيا العتروس"), or None."""
    m = BYLINE.match(text)
    if not m and (split := _byline_and_date(text)):
        return byline_author(split[0])       # "كتب: محمد علي - 3 ديسمبر 2025": the byline, then its date
    if not m:
        return place_byline(text)            # "بيروت: كارولين عاكوم"
    name = clean(m.group("name"))
    return name if 1 <= len(name.split()) <= MAX_AUTHOR_WORDS else None



def byline_date(text: str) -> str | None:
    """The date of a byline that a mark and its date follow ("كتب: محمد علي - الأربعاء 3 كانون الأول 2025"), as
    written; None for any other line."""
    split = _byline_and_date(text)
    return split[1] if split else None


def _byline_and_date(text: str) -> tuple[str, str] | None:
    """(byline, date) of a line that is a byline, a mark (a separator or a comma) and a date and little else
    ("كتب: محمد علي | 03/12/2025"), as written; None for any other line. The byline is matched before the
    date is parsed: most lines are no byline."""
    if not BYLINE_OPENING.match(text) or not any(c.isdigit() for c in text):
        return None
    for tok in tokens(text):
        if tok.kind in (SEP, COMMA) and tok.start and BYLINE.match(text[:tok.start]):
            rest = text[tok.end:]
            if len(rest.split()) <= MAX_DATE_LINE_WORDS and parse_text_date(rest, allow_dateparser=False):
                return text[:tok.start], rest
    return None


# A writer's signature closing the body: the name, then the writer's role in the newsroom ("سامي الحداد" /
# "محرر الشؤون الاقتصادية"), on two lines or one. Roles by their nouns (folded), a desk's head by its desk.
_ROLES = frozenset(fold(w) for w in ("محرر", "محررة", "مراسل", "مراسلة", "كاتب", "كاتبة", "صحفي", "صحفية", "صحافي",
                                     "صحافية", "باحث", "باحثة", "محلل", "محللة"))
_HEADS = frozenset(fold(w) for w in ("رئيس", "رئيسة", "مدير", "مديرة"))       # of a desk: "رئيس قسم الأخبار"
_DESKS = frozenset(fold(w) for w in ("قسم", "تحرير", "التحرير", "مكتب"))
_PARTICLES = frozenset(fold(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "قد", "لا", "ما", "هو",
                                         "هي"))


def _role_at(keys: list[str], k: int) -> bool:
    return keys[k] in _ROLES or keys[k] in _HEADS and k + 1 < len(keys) and keys[k + 1] in _DESKS


def _name_like(toks: list[Token]) -> bool:
    """A person's name by its shape: two to four words of letters, no particle, no role."""
    return MIN_SIGNATURE_NAME_WORDS <= len(toks) <= MAX_SIGNATURE_NAME_WORDS and all(
        t.text.isalpha() and t.key not in _PARTICLES and t.key not in _ROLES and t.key not in _HEADS for t in toks)


def signature(texts: list[str]) -> tuple[int, str] | None:
    """(lines, name) of a writer's signature closing ``texts``, the body's last lines: a name and a role on
    one line ("سامي الحداد - محرر الشؤون الاقتصادية"), or a name alone and a role alone on the line after it.
    None when the last line is not a role, or what comes before it is no name."""
    if not texts or len(texts[-1].split()) > MAX_SIGNATURE_NAME_WORDS + MAX_ROLE_WORDS:
        return None              # a paragraph, not a signature: told before it is tokenised
    last = words(tokens(texts[-1]))
    keys = [t.key for t in last]
    for k in range(MIN_SIGNATURE_NAME_WORDS, min(len(last), MAX_SIGNATURE_NAME_WORDS + 1)):
        if _role_at(keys, k) and len(last) - k <= MAX_ROLE_WORDS and _name_like(last[:k]):
            return 1, texts[-1][last[0].start:last[k - 1].end]
    if len(texts) >= 2 and keys and _role_at(keys, 0) and len(last) <= MAX_ROLE_WORDS:
        toks = tokens(texts[-2])
        if all(t.kind == WORD for t in toks) and _name_like(toks):
            return 2, clean(texts[-2])
    return None

def authors_in_page(region: etree._Element, m: Measures) -> list[str]:
    """Names in elements whose class says author/byline, within the article region; else the names of
    byline lines there, told by their words ("كتب: …", "بقلم …") in an element of their own, whatever
    its class (none, once class names are removed)."""
    names, lines = [], []
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        if says(_AUTHOR_CLASS, el.get("class") or ""):
            text = m.text(el)
            if 0 < len(text) <= MAX_AUTHOR_CHARS:
                names.append(text)
        elif el.text and not el.text.isspace() and len(el.text) <= MAX_AUTHOR_CHARS \
                and len(text := m.text(el)) <= MAX_AUTHOR_CHARS and (name := byline_author(text)):
            lines.append(name)
    return names or lines


def labelled_source(region: etree._Element, m: Measures) -> tuple[str, str] | None:
    """(name, line) of an "المصدر: ..." element in the article region outside the body."""
    for el in region.iter():
        if not isinstance(el.tag, str) or not el.text or len(el.text) > MAX_LABEL_HINT_CHARS \
                or not _LABEL_HINT.search(el.text):
            continue
        if len(el) == 0 and (apart := labelled_apart(el.text, _next_text(el, m))):
            return apart                       # "المصدر" | "سكاي نيوز عربية": two elements, one line
        for candidate in (el, el.getparent()):
            if candidate is None:
                continue
            line = m.text(candidate)
            if len(line) > MAX_SOURCE_LINE_CHARS or m.link_length(candidate) >= WHOLE_LINK * len(line):
                continue                       # a navigation link ("عن الموقع", "About us") names no source
            if name := labelled(line):
                return name, line
    return None


def _next_text(el: etree._Element, m: Measures) -> str:
    """What follows ``el`` in its parent: its tail, else the next element's text."""
    if el.tail and not el.tail.isspace():
        return el.tail
    nxt = el.getnext()
    return m.text(nxt) if nxt is not None and isinstance(nxt.tag, str) else ""




# The letters every source label holds (مصدر، مصادر، نقلا عن، عن): a cheap test before tokenising.
_LABEL_HINT = re.compile("مصدر|مصادر|نقل|منقول|بتصرف|ترجم|(?:^|\\s)عن\\s")


def resolve_source(name: str | None, site_names: list[str], *, labelled: bool) -> str | None:
    """A labelled source naming the publisher's own desk ("أبوظبي - البيان") credits nobody else; after a
    place and a dash, the desk is the name. An agency's name and its short form after a dash ("وكالة أنباء
    الإمارات - وام") stay whole."""
    if not name:
        return None
    if labelled and credit_line(name) != name:          # (not one name and its short form: "وكالة … - وام")
        last = re.split(r"\s[-–—]\s", name)[-1].strip()
        if is_self(last, site_names):
            return None
        if last != name and len(last.split()) <= MAX_DESK_WORDS:
            name = last
    return name




def author_name_of(text: str) -> str:
    """A byline without its verb ("كتب: وكالات" -> "وكالات"), and the marks around it; a closing bracket that
    closes a bracket inside the name stays ("وكالة الأنباء الكويتية (كونا)")."""
    raw = clean(author_name(text))
    name = raw.strip(" .:-–—()")
    if raw.rstrip(" .:-–—").endswith(")") and name.rfind("(") > name.rfind(")"):
        name += ")"
    return name


def credit_in_region(region: etree._Element, title: str, m: Measures) -> tuple[str, str] | None:
    """(agency, line) of a short credit line near the headline ("وكالات - القاهرة", "رويترز - دبي"),
    or of an element that holds only an agency name where bylines go."""
    for el in region.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style") or len(el) > MAX_CREDIT_CHILDREN \
                or m.in_caption(el):
            continue
        own = (el.text or "").strip()
        if not own and not len(el) or len(own) > MAX_CREDIT_CHARS:
            continue
        text = clean_within(m.raw(el), MAX_CREDIT_CHARS)
        if not text or text == title:
            continue
        if agency := credit_line(text):
            return _smallest_credit(el, agency, text, m)   # (a wrapper glues its share buttons' labels on)
        if says(_AUTHOR_CLASS, el.get("class") or "") and is_agency_name(author_name_of(text)):
            return author_name_of(text), text
    return None


def credit_closing_body(container: etree._Element, order: dict, last_position: int, m: Measures
                        ) -> tuple[str, str] | None:
    """(agency, line) of a short credit that closes the body, read as a reader sees it whatever its
    class: an element after the last body paragraph inside the container ("<p class=credit>(وكالات)"),
    or one of the first elements that follow the container ("<div>(واس)</div>"). A lone agency tag, a
    labelled source or a credit line ("بترا - عمّان"); never a photo credit."""
    inside = [el for el in container.iter() if order.get(el, -1) > last_position]
    after: list[etree._Element] = []
    node = container
    while node is not None and len(after) < AFTER_BODY:
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if m.text(sib):
                after.append(sib)
            if len(after) >= AFTER_BODY:
                break
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return _credit_among([*inside, *(d for a in after for d in a.iter())], m)


def credit_in_headline_block(title_el: etree._Element | None, container: etree._Element, order: dict,
                             title: str, m: Measures) -> tuple[str, str] | None:
    """(agency, line) of a credit line between the headline and the body, in reading order, whatever
    wraps it (the share buttons' wrapper, the date line, a header block beside the body's container):
    "بترا - عمّان", "(واس)", "المصدر: وكالات". Never a photo credit, never the headline itself."""
    start, end = order.get(title_el, -1) if title_el is not None else -1, order.get(container, -1)
    if start < 0 or end <= start:
        return None
    return _credit_among(itertools.islice(order, start + 1, end), m, title)


def _credit_among(elements, m: Measures, title: str = "") -> tuple[str, str] | None:
    """The first short line among ``elements`` that is a credit line ("بترا - عمّان"), a lone agency
    tag or a labelled source; never a link, a photo credit or the headline itself."""
    for el in elements:
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style") or len(el) > MAX_CREDIT_CHILDREN:
            continue
        if m.in_caption(el) or m.longer_than(el, MAX_CREDIT_CHARS):
            continue
        line = m.text(el)
        if not line or line == title or m.link_length(el) >= WHOLE_LINK * len(line):   # (not longer: told above)
            continue
        if name := (credit_line(line) or labelled(line)):
            return _smallest_credit(el, name, line, m)
    return None


def _smallest_credit(el: etree._Element, name: str, line: str, m: Measures) -> tuple[str, str]:
    """The credit as its own element says it: a wrapper holding the credit and a date gives the credit's
    line, not both, and one holding share buttons too gives the credit without their labels (the
    wrapper's text glues them on with no space: "…الليبيةواتساب"; before it, onto its first letter, and the
    wrapper's reading lost it: "…تويترأ.ف.ب" read "ف.ب")."""
    said = labelled(line) is not None      # a labelled line's label is the credit's: a child must hold it too
    for child in el:
        if not isinstance(child.tag, str):
            continue
        text = m.text(child)
        if text == line:
            return _smallest_credit(child, name, line, m)     # a wrapper of the same text: look inside it
        if text and (own := credit_line(text) or labelled(text)) and (own in name or name in own):
            if said and labelled(text) is None:
                # the name's element without the label ("يُنسب الخبر إلى <a>موقع قدس برس</a>"): its fuller name
                # with the labelled line, never a shorter one (a quote cut from it: 'صحيفة "الشرق الأوسط"')
                if own != name and name in own:
                    return own, line
                continue
            return _smallest_credit(child, own, text, m)
    return name, line


@dataclass
class Span:
    """The article as the page lays it out: headline, body container, its region, document order."""
    title: str
    title_el: etree._Element | None
    container: etree._Element
    region: etree._Element
    order: dict
    paragraphs: list                     # the body's blocks (``body.Block``: text, position)
    measures: Measures                   # the page's table of element texts


@dataclass
class Credit:
    source: str | None = None
    line: str | None = None              # the line it was read from (None for metadata)
    last_paragraph: str | None = None    # the body's last paragraph without a trailing tag, when cut


def find_source(span: Span, *, in_body: tuple[str | None, str | None], meta, named: list[str],
                site_names: list[str]) -> Credit:
    """The source attribution, by the rank of where it stands: a labelled line or a lone tag among the
    body's lines ("المصدر: …", "(وكالات)"), a labelled line in the article's region, a credit that closes
    the body, a credit line in the headline block, a trailing tag on the body's last sentence, a
    dateline in its first, a credit line elsewhere in the region, an agency named as author (JSON-LD,
    an author element), JSON-LD's sourceOrganization. The first rank that has one decides."""
    for credit in _ranked_credits(span, in_body, meta, named, site_names):
        if credit.source and not is_own_name(credit.source, site_names):   # a page crediting itself credits nobody
            return credit
    return Credit()


def _ranked_credits(span: Span, in_body, meta, named: list[str], site_names: list[str]):
    """``find_source``'s candidates, most trustworthy place first, each read only when asked for."""
    first, last = span.paragraphs[0], span.paragraphs[-1]
    if in_body[0]:
        yield Credit(*in_body)
    m = span.measures
    if found := labelled_source(span.region, m):
        if name := resolve_source(found[0], site_names, labelled=True):
            yield Credit(name, found[1])
    if closing := credit_closing_body(span.container, span.order, last.position, m):
        yield Credit(*closing)
    if heading := credit_in_headline_block(span.title_el, span.container, span.order, span.title, m):
        yield Credit(*heading)
    if tagged := closing_tag(last.text):
        yield Credit(tagged[0], tagged[1], last_paragraph=tagged[2])
    if opened := dateline(first.text):
        yield Credit(*opened)
    if elsewhere := credit_in_region(span.region, span.title, m):
        yield Credit(*elsewhere)
    agencies = [n for n in (*meta.authors, *meta.author_orgs, *named) if is_agency_name(author_name_of(n))]
    if agencies:
        yield Credit(author_name_of(agencies[0]))
    if meta.source_org:
        yield Credit(clean(meta.source_org))
