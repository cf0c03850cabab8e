"""The news-agency gazetteer: who Arab newsrooms credit, in the forms they write, and where.

Data, not phrases: national agencies of every Arab state and the international ones in their Arabic
(and Latin) forms, each with its usual short form first. Sources: the agencies' own Arabic names on
their sites and in datelines of Arabic newspapers (Wikipedia's "List of news agencies" for the
short forms: بترا، وام، واس، قنا، كونا، بنا، ...). A form matches across spellings (hamza, taa
marbuta, alef maqsura, dots and spaces inside initials: أ ف ب / أ.ف.ب / ا ف ب).

Positions read (``extract`` and ``segment`` both use them):
* a dateline in the first sentence: ``القاهرة (رويترز) -``, ``دبي - أ ف ب:``;
* a trailing tag at the end of the last paragraph: ``(قنا)``, ``--(وام)``, ``- كونا``;
* a credit line near the headline: ``وكالات - القاهرة``, ``رويترز - دبي``;
* a lone tag or agency byline: ``(أ ش أ)``, ``كتب: وكالات``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One agency a row: its short form first, then other forms. ``source`` is always the form the page
# wrote (as the gold records it); the rows only group the forms.
AGENCIES: tuple[tuple[str, ...], ...] = (
    # International, in Arabic and Latin forms
    ("رويترز", "Reuters", "وكالة رويترز"),
    ("أ ف ب", "ا ف ب", "فرانس برس", "فرانس پرس", "وكالة فرانس برس", "وكالة الصحافة الفرنسية", "AFP"),
    ("أ ب", "أسوشيتد برس", "اسوشيتد برس", "أسوشييتد برس", "أسوشيتدبرس", "وكالة أسوشيتد برس", "AP"),
    ("د ب أ", "الوكالة الألمانية", "وكالة الأنباء الألمانية", "DPA"),
    ("الأناضول", "وكالة الأناضول", "Anadolu"),
    ("شينخوا", "وكالة شينخوا", "وكالة أنباء الصين الجديدة", "Xinhua"),
    ("سبوتنيك", "وكالة سبوتنيك", "Sputnik"),
    ("نوفوستي", "ريا نوفوستي", "تاس", "إنترفاكس"),
    ("إرنا", "ارنا", "وكالة الأنباء الإيرانية", "IRNA"),
    ("إفي", "وكالة إفي", "EFE"),
    ("يونهاب", "كيودو", "بلومبرغ", "Bloomberg"),
    ("CNN", "سي إن إن", "سي ان ان"),
    ("بي بي سي", "BBC"),
    ("RT", "روسيا اليوم"),
    # National agencies of the Arab states
    ("أ ش أ", "وكالة أنباء الشرق الأوسط", "MENA"),          # Egypt
    ("بترا", "وكالة الأنباء الأردنية"),                     # Jordan
    ("وام", "وكالة أنباء الإمارات"),                        # UAE
    ("واس", "وكالة الأنباء السعودية"),                      # Saudi Arabia
    ("قنا", "وكالة الأنباء القطرية"),                       # Qatar
    ("كونا", "وكالة الأنباء الكويتية"),                     # Kuwait
    ("بنا", "وكالة أنباء البحرين"),                         # Bahrain
    ("العمانية", "وكالة الأنباء العمانية"),                 # Oman
    ("سبأ", "وكالة الأنباء اليمنية"),                       # Yemen
    ("سانا", "الوكالة العربية السورية للأنباء"),            # Syria
    ("واع", "وكالة الأنباء العراقية"),                      # Iraq
    ("وفا", "وكالة الأنباء والمعلومات الفلسطينية"),         # Palestine
    ("الوكالة الوطنية للإعلام", "الوكالة الوطنية"),         # Lebanon
    ("ومع", "و م ع", "وكالة المغرب العربي للأنباء", "لاماب"),  # Morocco
    ("واج", "وكالة الأنباء الجزائرية"),                     # Algeria
    ("وات", "وكالة تونس أفريقيا للأنباء"),                  # Tunisia
    ("سونا", "وكالة السودان للأنباء"),                      # Sudan
    ("لانا", "وال", "وكالة الأنباء الليبية"),               # Libya
    ("ومأ", "الوكالة الموريتانية للأنباء"),                 # Mauritania
    # Collective credits
    ("وكالات", "وكالات الأنباء", "مواقع", "مواقع إلكترونية", "وكالات ومواقع"),
)

_EQUIV = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ة": "[ةه]", "ه": "[ةه]",
          "ي": "[يى]", "ى": "[يى]"}


def _pattern(form: str) -> str:
    initials = all(len(w) == 1 for w in form.split())        # أ ف ب, و م ع: dots and spaces between
    out = []
    for i, ch in enumerate(form):
        if ch == " ":
            out.append(r"\s*\.?\s*" if initials else r"\s+")
        else:
            out.append(_EQUIV.get(ch, re.escape(ch)))
            if initials and i == len(form) - 1:
                out.append(r"\.?")
    return "".join(out)


def all_forms() -> list[str]:
    return [f for group in AGENCIES for f in group]


@lru_cache(maxsize=1)
def agency_alternation() -> str:
    """A regex alternation of every form (longest first), bounded so that a form is a whole word."""
    forms = sorted(all_forms(), key=len, reverse=True)
    return "(?:" + "|".join(_pattern(f) for f in forms) + r")(?![\w])"


@lru_cache(maxsize=1)
def _whole() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{agency_alternation()})\s*$", re.I)


def is_agency(name: str | None) -> bool:
    """Is this (a byline, a JSON-LD author) the name of a news agency?"""
    return bool(name) and bool(_whole().match(name.strip(" .،,:()-–—")))


@lru_cache(maxsize=1)
def trailing_tag() -> re.Pattern[str]:
    """An agency tag that ends a paragraph: "... الجاري. (قنا)", "--(وام)", " - كونا"."""
    a = agency_alternation()
    return re.compile(rf"(?:\s*[-–—]*\s*\(\s*(?P<paren>{a})\s*\)|\s+[-–—]+\s*(?P<dash>{a}))\s*\.?\s*$", re.I)


_CREDIT_SPLIT = re.compile(r"\s*[-–—/|]\s*")
_PLACE = re.compile(r"[^\d:()،,.]{2,30}")


def credit_agency(text: str) -> str | None:
    """The agency of a short credit line near the headline ("وكالات - القاهرة", "رويترز - دبي",
    "القاهرة - أ ش أ"): two parts, one an agency, the other a place of at most four words."""
    if len(text) > 60 or not _CREDIT_SPLIT.search(text):
        return None
    parts = [p for p in _CREDIT_SPLIT.split(text.strip()) if p]
    if len(parts) != 2:
        return None
    for agency, place in (parts, parts[::-1]):
        if len(place.split()) <= 4 and _PLACE.fullmatch(place) and is_agency(agency):
            return agency.strip()
    return None


def first_clause(text: str) -> str:
    """The dateline clause of a first paragraph, cut at a word boundary (never mid-word)."""
    head = text[:160]
    m = re.search(r"[-–—:]\s", head[10:])
    if m:
        return head[:10 + m.start() + 1].strip()
    return head.rsplit(" ", 1)[0] if len(text) > 160 else head


def trailing_source(text: str) -> tuple[str, str, str] | None:
    """(agency, tag, paragraph without the tag) for a last paragraph ending in "(قنا)" or "- كونا"."""
    m = trailing_tag().search(text)
    if not m:
        return None
    rest = text[:m.start()].rstrip()
    if len(rest.split()) < 3:
        return None
    return m.group("paren") or m.group("dash"), m.group(0).strip(), rest
