"""Credits recognised by what they are made of, not by the forms a rule lists.

A credit is a short stretch of text that, once its agency (from the gazetteer, or a short name set
in brackets) or its labelled name is taken out, holds only a place, a date and marks of any kind.
Every parser here reads the same tokens (``marks.tokens``: folded words, marks by Unicode class), so a
credit is found whatever dash, bracket, slash, tatweel or stop the newsroom sets it with:

* ``credit_line``: a line that is a credit and nothing else (``وكالات - القاهرة``, ``الدوحة — قنا``,
  ``(رويترز)``, ``[سبوتنيك]``, ``<city> (<agency>)``);
* ``dateline``: the credit that opens a first paragraph (``القاهرة (رويترز) -``, ``بكين، شينخوا –``,
  ``الرياض 15 رجب 1445 هـ الموافق 27 يناير 2024 م واس``);
* ``closing_tag``: the tag that closes a last paragraph (``... (قنا)``, ``... ـــ بنا``, ``... «الأناضول»``);
* ``labelled``: a labelled line (``المصدر: …``, ``مصدر الخبر - …``, ``المصادر/ …``, ``نقلاً عن …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .agencies import AGENCIES, COLLECTIVE_HEADS, HEAD_NOUNS, OUTLET_NOUNS, PHOTO_WORDS
from .arabic import clean, fold
from .cues import BYLINE_OPENING, NISBA, ORIGINAL
from .dates import DATE_WORDS, DAY_NAMES, MONTH_WORDS
from .marks import CLOSE, COLON, COLONS, COMMA, OPEN, SEP, STOP, WORD, Token, tokens
from .places import is_place

# Named thresholds (characters and words of a line or of the parts a credit is made of).
MAX_CREDIT_LINE = 80          # a credit line is short
MAX_PLACE_WORDS = 4           # "دمشق، سوريا", "رام الله", "مدينة الكويت"
MAX_UNKNOWN_AGENCY_WORDS = 3  # a bracketed name the gazetteer does not know: "(يو بي آي)"
MAX_MEDIA_NAME_WORDS = 4      # a name that says it is media's: "المكتب الإعلامي للحكومة"
MAX_LABELLED_NAME_WORDS = 8   # "المصدر: وكالة الأنباء والمعلومات الفلسطينية"
MAX_INITIALS = 4              # letters of an agency's initials: أ ش أ، و م ع
MIN_SPELLED_LETTERS = 2       # Latin letters' names no Arabic word shares in initials spelled out: "تي آر تي"
MAX_LABEL_SCAN_WORDS = 9      # words of a line read for a label a verb on the copy opens
MIN_VERB_LETTERS = 3          # a verb before the copy's noun it acts on: "نقلت", "أُعدّت", "وصلت"
MAX_VERB_LETTERS = 7
MAX_SPELLED_LETTERS = 5       # letters' names one spelled initialism takes: "إم بي سي", "إل بي سي آي"
MIN_BYLINE_NAME_WORDS = 2     # a person's name after a byline's place: first name and family name at least
MAX_BYLINE_NAME_WORDS = 4
MAX_PHOTO_CREDIT_WORDS = 8    # words a photo credit's agency and agencies take before its picture word
MIN_ARTICLE_NAME_LETTERS = 4  # "الإفي": the article and a name of two letters or more
MAX_SHORT_FORM_LETTERS = 5    # a short form in brackets after a name the list does not hold: "(وأش)"
MAX_DATELINE_WORDS = 12       # place and date before a dateline's agency
TAIL_CHARS = 120              # how much of a last paragraph a closing tag may take
MAX_TAG_TOKENS = 12           # tokens of a closing tag's names: "(د ب أ، أ ف ب، رويترز)"
MAX_PRESS_NAME_WORDS = 4      # a newspaper's name alone on a line: its noun and up to three words
MIN_PRESS_NAME_WORDS = 2      # a press noun and a name at least: "شبكة الجزيرة"
MAX_SOURCE_PHRASE_WORDS = 3   # a phrase holding the source's noun before a colon: "الخبر من مصدره:"
MAX_REST_WORDS = 2            # words after a known name inside the marks that enclose it: "يونايتد برس إنترناشيونال"
MAX_NAME_TAIL_WORDS = 2       # an edition's word and the web's after a known name: "سبوتنيك عربي", "الجزيرة نت"
MIN_NISBA_LETTERS = 6         # a definite adjective of a country: "التركيه" (folded), never "اليه"
MIN_SENTENCE_WORDS = 3        # what must stay of a paragraph whose tag is cut
MAX_JOINED_WORDS = 2          # a name a plus or a comma joins in a credit's brackets: "(العربي الجديد، الأناضول)"
MAX_UNKNOWN_TAG_CHARS = 30    # a line of a mark and an agency's name the gazetteer does not know
MAX_UNLISTED_OUTLET_WORDS = 4 # an outlet named after a label the grammar does not list ("موقع عربي 21")
MAX_MARKS_AROUND = 3          # marks on each side of a name set apart ("::", "—", "|")
MAX_LABEL_WORDS = 2           # words of a label before its colon ("مصدر المعلومات:")
MAX_DESCRIBING_WORDS = 3      # words describing a source's noun before its colon ("المصدر المنقول عنه الخبر:")
MAX_LABEL_CHARS = 30          # how far into a line a label's colon may stand
MAX_NAME_NUMBER_DIGITS = 3    # the number an outlet's name ends with: "موقع 24", "موقع عرب 48", "قناة 218"
MIN_BRAND_NUMBER_DIGITS = 2   # a brand's number after a word of its name: "عربي 21", "فرانس 24" (not "صورة 1")
MAX_APART_NAME_WORDS = 5      # the name in the element after a label alone in its own ("المصدر" | "…")
MIN_WE_VERB_LETTERS = 5       # a verb and "نا", its subject "we": "وصلنا", "تلقينا" (never "لنا", "هنا")
MIN_ADVERB_LETTERS = 4        # an adverb of attribution's verbal noun ("تبعا"); "هذا على" is none
MIN_DEFECTIVE_STEM_LETTERS = 3  # "روا" of "رواه": a verb whose ى a pronoun turned to ا
PARTICIPLE_LETTERS = 5        # a participle of taking: "مأخوذ", "مقتبس", "مستقى"
SHORT_PARTICIPLE_LETTERS = 4  # "مقدم", "مرسل": so short only after the copy's noun ("المحتوى مقدم من")

# Words that a bracket holds which are never an agency: what a newsroom says of its own copy.
NEWSROOM_WORDS = frozenset(fold(w) for w in (
    "خاص", "حصري", "حصريا", "تحديث", "محدث", "عاجل", "فيديو", "صور", "بالصور", "بالفيديو", "مباشر", "تصوير",
    "صورة", "أرشيفية", "ارشيف", "إعلان", "انتهى", "النهاية", "يتبع", "تابع", "مترجم", "ترجمة", "تقرير",
    "تحليل", "رأي", "شاهد", "اقرأ", "المصدر", "مصدر", "الصورة", "إنفوجراف", "انفوغراف", "بث", "لايف",
    "الكاتب", "المحرر", "محرر", "كاتب", "مراسل", "مراسلنا", "فيسبوك", "تويتر", "يوتيوب", "انستغرام",
))
# A broadcast's words, newsroom tags alone ("(مباشر)") but a channel's own after its name ("قناة الجزيرة مباشر").
_ON_AIR = frozenset(fold(w) for w in ("مباشر", "لايف"))
# Label words of a labelled source line, folded: المصدر / مصدر / المصادر, and "نقلا عن" (copied from).
_REFERENCES = frozenset(("مرجع", "المرجع", "مراجع", "المراجع"))     # the reference: "المرجع بلومبرغ"
_SOURCE_LABELS = frozenset(("مصدر", "المصدر", "مصادر", "المصادر",
                            "source", "sources", "via")) | _REFERENCES     # a theme's English: "Source:", "Via:"
_COPIED_VERB = "نقل"            # "نقل عن", and with its subject or the copy before عن: "نقل الموقع عن"
_COPIED = frozenset(("نقلا", "نقل", "منقول", "بتصرف", "ترجمه", "مترجم"))   # copied, adapted, translated...
_FROM = "عن"
_COPIED_FROM = frozenset((_FROM, "من"))                                      # ...from an outlet
_WROTE = frozenset(("كتب", "اعد", "حرر"))   # "كتب الخبر لـ …": the copy written, prepared, edited for an outlet
_THE_ORIGINAL, _HELD_BY = "الاصل", frozenset(("لدي", "عند"))   # "الأصل لدى …": the original is with an outlet
_ADAPTED = frozenset(("بتصرف", "بالتصرف"))   # "منقول بتصرف عن", "نقلاً بالتصرف عن": copied with adaptation
_VERBATIM = frozenset(("بالنص", "نصا", "حرفيا", "بالحرف"))   # "منقول بالنص عن": copied word for word
# Verbs of publishing or appearing ("نُشر أولاً في", "ورد الخبر في"), masculine; the feminine adds ت.
_PUBLISHED = frozenset(("نشر", "ورد", "صدر", "جاء", "ظهر", "بث"))
_PUBLISHED_IN = frozenset(("في", "علي", "عبر"))
ORIGINALLY = ("في", "الاصل")  # "نشر في الأصل على"
# Prepositions of attribution, folded ("بحسب صحيفة …", "حسب وكالة …"): like a bare عن, they label a source
# only before a name that says what it is.
_ACCORDING = frozenset(("بحسب", "حسب", "وفق"))
# "What" and a verb of reporting after the preposition ("حسب ما أورد", "وفقاً لما نشرته"), or glued to it
# ("حسبما ذكرت"): the label's words, not the name's.
_FOR_WHAT = "لما"
_WHAT = frozenset(("ما", _FOR_WHAT))
_ACCORDING_WHAT = frozenset(a + "ما" for a in _ACCORDING)
_AS_WHAT = frozenset(("كما", "مثلما"))     # "كما نشرت …": "as" and a verb of reporting, "what" glued to it
_VIA = "عبر"                  # "عبر رويترز": via, a bare عن's kin
_LABEL_WORDS = _SOURCE_LABELS | _COPIED | _ACCORDING | _ACCORDING_WHAT | _AS_WHAT | {_FROM, _VIA}
_SAID_LABELS = _ACCORDING | _ACCORDING_WHAT | _AS_WHAT     # labels of what was said, the copy's noun before them
_OWN_COPY = frozenset(fold(w) for w in ("خاص", "حصري", "حصريا"))   # "المصدر: خاص": the publisher's own
_THIS = frozenset(("هذا", "هذه", "ذلك", "تلك"))   # "مصدر هذه المادة": a demonstrative before the label's noun
# Definite nouns of the copy itself: before من / عن they label a source ("المعلومات من موقع …").
_COPY_NOUNS = frozenset(fold(w) for w in ("الخبر", "المعلومات", "المادة", "النص", "التقرير", "المقال", "الموضوع",
                                          "المحتوى", "التفاصيل", "النبأ"))
# An adverb of attribution: a verbal noun in the accusative and the preposition it governs ("اعتماداً على",
# "استناداً إلى", "وفقاً لـ", "رجوعاً إلى"), told by its shape (a word of MIN_ADVERB_LETTERS or more ending in
# the accusative's alef, its tanween dropped by folding, then a preposition), not by a list of verbs.
_ADVERB_PREPOSITIONS = frozenset(("علي", "عن", "الي", "من", "ل", "ب"))   # ("تمت الاستعانة بـ")
_DONE = frozenset(("تم", "جري", "تمت", "جرت"))      # "تم النقل عن": the verbal noun after a verb of doing
# Publishing again: the passive of "doing again" before the verbal noun of publishing ("أعيد نشره", "يُعاد نشر
# المقال"), or its own verbal noun after تم ("تمت إعادة نشره").
_AGAIN = frozenset(("اعيد", "اعيدت", "يعاد", "تعاد"))
_AGAIN_NOUN = "اعاده"
# "On the word of": a preposition and a noun of answering for a claim ("على ذمة", "على عهدة", "على مسؤولية"),
# the idiom a newsroom passes a claim on with.
_ON_WORD_OF = ("علي", frozenset(fold(w) for w in ("ذمة", "عهدة", "مسؤولية")))
_WITH_OR_FROM = frozenset(("مع", "من"))   # "بالاتفاق مع", "بإذن من": an agreement with, a leave from
# "Produced by", "presented by" after من: "من إنتاج …", "من تقديم …".
_PRODUCED = frozenset(fold(w) for w in ("إنتاج", "تقديم", "إعداد"))
# A report, an article, a statement after a preposition of attribution ("بحسب تقرير لـ …", "وفقاً لتقرير نشرته
# …"): the outlet that wrote it is the source.
_REPORTS = frozenset(fold(w) for w in ("تقرير", "تقارير", "مقال", "مقالة", "بيان", "تحقيق"))
_RIGHTS, _KEPT = "حقوق", "محفوظه"     # "حقوق الخبر محفوظة لـ …": the copy's rights are the source's
# A news service before an agency's name ("خدمة وكالة الأنباء …"), a bureau or the correspondents before a
# place ("مكتب بيروت", "مراسلو جنيف"), "from" before the place an agency filed from: a credit's words, not
# the name's nor the place's.
_SERVICE = frozenset(fold(w) for w in ("خدمة", "تغطية"))    # a news service, a coverage: "خدمة رويترز", "تغطية …"
_BUREAU = frozenset(fold(w) for w in ("مكتب", "مراسل", "مراسلو", "مراسلي", "مراسلة"))
_FILED_FROM = "من"
_FILED_FROM_IN = frozenset((_FILED_FROM, "في"))
# The word after a known name that makes it the name of its edition in Arabic ("سبوتنيك عربي", "CNN بالعربية").
_EDITION = frozenset(fold(w) for w in ("عربي", "عربية", "العربية", "بالعربية", "بالعربي"))


@dataclass(frozen=True, slots=True)
class Agency:
    name: str          # as written
    first: int         # token indexes [first, last)
    last: int
    known: bool        # from the gazetteer (or by its head noun, or a word of media), not only by its brackets
    bracketed: bool


@lru_cache(maxsize=1)
def _forms() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Gazetteer forms by their first folded word: (words, initials?), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for group in AGENCIES:
        for form in group:
            keys = tuple(t.key for t in tokens(form) if t.kind == WORD)
            if keys:
                initials = len(keys) > 1 and all(len(k) == 1 for k in keys)
                index.setdefault(keys[0], []).append((keys, initials))
    for forms in index.values():
        forms.sort(key=lambda f: -len(f[0]))
    return index


@lru_cache(maxsize=1)
def _groups() -> dict[tuple[str, ...], int]:
    """Each gazetteer form's folded words -> the row (the agency) it belongs to."""
    return {tuple(t.key for t in tokens(form) if t.kind == WORD): n
            for n, group in enumerate(AGENCIES) for form in group}


def _short_form_apart(toks: list[Token], i: int, j: int, stop: int) -> int:
    """The token after the same agency's other form written right after a known name at ``[i, j)`` with no
    mark between ("وكالة الأنباء الألمانية د.ب.أ": the name and its initials), else ``j``."""
    if j >= stop or toks[j].kind != WORD or not (k := _match_at(toks, j, guess=False)) or k > stop:
        return j
    first = _groups().get(tuple(t.key for t in toks[i:j] if t.kind == WORD))
    return k if first is not None and first == _groups().get(tuple(t.key for t in toks[j:k] if t.kind == WORD)) \
        else j


def _candidates(key: str) -> list[tuple[tuple[str, ...], bool, str]]:
    """The gazetteer forms a word may open, each with the key its first word is matched by: the word's own,
    and its key without the article for a foreign name Arabic gives one ("الأسوشيتد برس")."""
    found = [(keys, initials, key) for keys, initials in _forms().get(key, ())]
    if key.startswith("ال") and len(key) > MIN_ARTICLE_NAME_LETTERS:
        bare = key[2:]
        found += [(keys, initials, bare) for keys, initials in _forms().get(bare, ())
                  if not initials and not keys[0].startswith("ال")]
    return found


def _match_at(toks: list[Token], i: int, guess: bool = True, as_key: str | None = None) -> int:
    """Token index after a gazetteer form that starts at word ``i`` (0 when none does), its first word read as
    ``as_key`` when given (the word without a conjunction written on it). The words of initials may be written
    with stops or without spaces between them (أ.ف.ب, أ. ف. ب)."""
    tok = toks[i]
    if tok.kind != WORD:
        return 0
    for keys, initials, first in _candidates(tok.key if as_key is None else as_key):
        j, ok = i, True
        for n, key in enumerate(keys):
            if n:
                while initials and j < len(toks) and toks[j].kind == STOP:
                    j += 1
            if j >= len(toks) or toks[j].kind != WORD or (toks[j].key if n else first) != key \
                    or not _same_case(toks[j].text, key):
                ok = False
                break
            j += 1
        if ok:
            if initials and _one_more_letter(toks, j):
                continue                             # "ا ب ا" is three initials, not "أ ب" and a letter
            if initials:
                if (j := _closing_stop(toks, j)) < 0:
                    continue
            elif tok.key in _LETTER_ANY and (k := _spelled_initials_end(toks, i)) > j:
                j = k            # "آر تي بي": a known form of letters' names is the start of a longer run
            return _rest_in_marks(toks, i, _name_tail(toks, j))
    if not guess:
        return 0
    # Initials the gazetteer does not list: 2-4 single letters, with stops or spaces between (ق ن أ, و.ا.ف)
    if len(tok.key) == 1 and not tok.key.isdigit():
        j, n = i, 0
        while j < len(toks) and n < MAX_INITIALS:
            if toks[j].kind == WORD and len(toks[j].key) == 1 and not toks[j].key.isdigit():
                n, j = n + 1, j + 1
            elif toks[j].kind == STOP and n and j + 1 < len(toks) and toks[j + 1].kind == WORD:
                j += 1
            else:
                break
        if n >= 2 and (j >= len(toks) or toks[j].kind != WORD or len(toks[j].key) > 1) \
                and not (j < len(toks) and toks[j].kind == COLON):    # "(م.ع: …)": a label's initials
            return max(j, _closing_stop(toks, j))
    # Latin initials spelled out by the letters' names, as Arabic writes a channel's: "تي آر تي", "إم بي سي"
    if tok.key in _LETTER_ANY and (j := _spelled_initials_end(toks, i)) > i:
        if j < len(toks) and toks[j].kind == WORD and toks[j].key == _NEWS:
            j += 1               # "جيه بي سي نيوز": a channel's initials and its news, one name
        elif j < len(toks) and toks[j].kind == WORD and is_place([toks[j].key]) \
                and (j + 1 == len(toks) or toks[j + 1].kind != WORD):
            j += 1               # "إم بي سي مصر": a channel's initials and its country's edition
        return _rest_in_marks(toks, i, _name_tail(toks, j))
    # An acronym in capitals the gazetteer does not list: "KUNA", "ANSA", "MENA" (2-6 letters), and what a known
    # name carries on with ("TRT عربي": its Arabic edition)
    if tok.text.isascii() and tok.text.isalpha() and tok.text.isupper() and 2 <= len(tok.text) <= 6:
        return _name_tail(toks, i + 1)
    # Sources of the media credited together, as "وكالات" is: "مصادر إعلامية", "مصادر صحفية"
    if tok.key == _SOURCES and i + 1 < len(toks) and toks[i + 1].kind == WORD and _of_the_press(toks[i + 1].key):
        return i + 2
    # "The news" and an adjective of a place: how newsrooms shorten a national agency ("الأنباء الكويتية")
    if tok.key == _THE_NEWS and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key.endswith(NISBA):
        return i + 2
    # The state's own broadcaster or agency, unnamed: "التلفزيون الرسمي", "الإذاعة الوطنية", "الوكالة الرسمية"
    if tok.key in _DEFINITE_PRESS and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _OFFICIAL:
        return i + 3 if _country_adjective(toks, i + 2) else i + 2    # "… الرسمية الليبية": and its country's
    # An agency named by its head noun: "وكالة الأنباء الفلانية", "وكالات الأنباء" (up to 4 words)
    if tok.key in HEAD_NOUNS:
        j = i + 1
        while j < len(toks) and j - i < 5 and toks[j].kind == WORD and toks[j].key not in _LABEL_WORDS \
                and (not _is_date_word(toks[j].key) or _name_ends_today(toks, j)):      # ("… بتصرف": adapted)
            j += 1
        if tok.key in COLLECTIVE_HEADS or j - i >= 2:
            return j
    return 0


# The names of Latin letters as Arabic spells them, folded: those no Arabic word is, and those one is too ("في",
# "أو", "إن", "أم", "آي": in, or, that, mother, any) that count in a run only beside the others.
_LETTER_NAMES = frozenset(fold(w) for w in ("بي", "سي", "دي", "إف", "جي", "إتش", "إيتش", "جيه", "كيه", "كيو", "آر",
                                            "إس", "تي", "يو", "دبليو", "إكس", "واي", "زد"))
_LETTER_WORDS = frozenset(fold(w) for w in ("إيه", "إي", "آي", "إل", "إم", "إن", "أو", "في"))
_LETTER_ANY = _LETTER_NAMES | _LETTER_WORDS


def _spelled_initials_end(toks: list[Token], i: int) -> int:
    """The token after Latin initials spelled out from word ``i`` by the letters' names ("تي آر تي", "إن بي سي"):
    a run of such names with at least MIN_SPELLED_LETTERS that no Arabic word shares; else ``i``."""
    j, plain = i, 0
    while j < len(toks) and j - i < MAX_SPELLED_LETTERS and toks[j].kind == WORD and toks[j].key in _LETTER_ANY:
        plain += toks[j].key in _LETTER_NAMES
        j += 1
    if plain < MIN_SPELLED_LETTERS or j < len(toks) and toks[j].kind == WORD and toks[j].key in _LETTER_ANY:
        return i
    return j


_DEFINITE_PRESS = frozenset(fold(w) for w in ("التلفزيون", "الإذاعة", "الوكالة", "القناة"))
_OFFICIAL = frozenset(fold(w) for w in ("الرسمي", "الرسمية", "الحكومي", "الحكومية", "الوطني", "الوطنية"))
_TODAY = "اليوم"


def _country_adjective(toks: list[Token], j: int) -> bool:
    """Is word ``j`` a definite adjective of relation, masculine or feminine ("السوري", "الليبية"), that no
    date's word is?"""
    if j >= len(toks) or toks[j].kind != WORD:
        return False
    key = toks[j].key
    return key.startswith("ال") and key.endswith(("ي", NISBA)) and len(key) >= MIN_NISBA_LETTERS \
        and key not in _OFFICIAL and not _is_date_word(key)


def _name_ends_today(toks: list[Token], j: int) -> bool:
    """Is word ``j`` "اليوم" closing a name, a mark or the line's end right after it ("وكالة بغداد اليوم)"), not
    a date ("وكالة الأنباء اليوم الأحد")?"""
    return toks[j].key == _TODAY and (j + 1 == len(toks) or toks[j + 1].kind != WORD)


def _name_tail(toks: list[Token], j: int) -> int:
    """The token after what a known name ending at ``j`` carries on with, written right after it: its edition
    and its web name ("سبوتنيك عربي", "الجزيرة نت"), then its "for the news" ("رويترز للأنباء") or one
    definite adjective of a country or a kind ("وكالة الأناضول التركية", "رويترز البريطانية"). Not "نيوز":
    "بي بي سي نيوز" is BBC's own newsroom, whose staff sign "Role, بي بي سي نيوز" on its pages."""
    k = j
    if j and _capitalised_latin(toks[j - 1]):
        while k < len(toks) and k - j < MAX_NAME_TAIL_WORDS and _capitalised_latin(toks[k]) \
                and toks[k].key not in PHOTO_WORDS and toks[k].key != _LATIN_NEWS:
            k += 1               # "Anadolu Ajansı": a Latin name goes on through the capitalised words after it
                                 # (not "News": "BBC News" is the newsroom's own, as "بي بي سي نيوز" is)
        if k > j:
            return k
    if k + 1 < len(toks) and toks[k].kind == WORD and toks[k].key == _NEWS and toks[k + 1].kind == WORD \
            and toks[k + 1].key in _EDITION:
        k += 1                   # "بي بي سي نيوز عربي": an edition's news, not the newsroom's own "بي بي سي نيوز"
    while k < len(toks) and k - j < MAX_NAME_TAIL_WORDS and toks[k].kind == WORD \
            and (toks[k].key in _EDITION or toks[k].key in _ON_THE_WEB):
        k += 1
    if k < len(toks) and toks[k].kind == WORD and toks[k].key in _FOR_THE_NEWS:
        return k + 1                             # "رويترز للأنباء": the agency's "for the news", as "وكالة … للأنباء"
    if k < len(toks) and toks[k].kind == WORD and toks[k].key.startswith("ال") and toks[k].key.endswith(NISBA) \
            and len(toks[k].key) >= MIN_NISBA_LETTERS and not _is_date_word(toks[k].key):
        k += 1
    elif k == j and j > 0 and toks[j - 1].key in COLLECTIVE_HEADS and k < len(toks) and toks[k].kind == WORD \
            and toks[k].key.endswith(NISBA) and not toks[k].key.startswith("ال") \
            and len(toks[k].key) >= MIN_NISBA_LETTERS - 1:
        k += 1                      # agencies, indefinite, and their adjective: "وكالات دولية", "وكالات عالمية"
    return k


def _capitalised_latin(t: Token) -> bool:
    """A word in Latin letters (accented or not) written with a capital: a foreign name's word."""
    return t.kind == WORD and t.text[:1].isupper() and all(ch < "\u0250" for ch in t.text) and t.text.isalpha()


def _rest_in_marks(toks: list[Token], i: int, j: int) -> int:
    """``j``, or past the words after a known name that the same marks enclose with it: brackets, or two of
    the same mark ("⟪يونايتد برس إنترناشيونال⟫", "‖ وكالة الأنباء اليمنية سبأ ‖"): one name, written longer
    or with its short form after it."""
    if i == 0 or toks[i - 1].kind not in (OPEN, SEP):
        return j
    k = j
    while k < len(toks) and toks[k].kind == WORD and k - j < MAX_REST_WORDS:
        k += 1
    if k == j or k >= len(toks) or not _unknown_words(toks[j:k]) and not _known_short_form(toks[j:k]) \
            or all(t.key == _NEWS for t in toks[j:k]):      # "(بي بي سي نيوز)": the newsroom's own, as above
        return j
    opening, closing = toks[i - 1], toks[k]
    paired = opening.kind == OPEN and closing.kind == CLOSE \
        or opening.kind == SEP and closing.kind == SEP and closing.text == opening.text
    return k if paired else j


def _known_short_form(words: list[Token]) -> bool:
    """Are ``words`` one short form the gazetteer knows ("سبأ")?"""
    return len(words) == 1 and any(len(keys) == 1 for keys, _ in _forms().get(words[0].key, ()))


def _closing_stop(toks: list[Token], j: int) -> int:
    """Token index after initials that end at ``j``: past the stop that closes them when one is written on
    the last letter of initials written with stops ("أ.ف.ب."; after "ا ف ب" a stop ends the sentence), else
    ``j``; -1 when a word is glued after that stop (the letters open a word, not a name)."""
    if j < len(toks) and toks[j].kind == STOP and toks[j].start == toks[j - 1].end and j >= 2 \
            and toks[j - 2].kind == STOP:
        j += 1
        if j < len(toks) and toks[j].kind == WORD and toks[j].start == toks[j - 1].end:
            return -1
    return j


def _one_more_letter(toks: list[Token], j: int) -> bool:
    """Does another initial follow token ``j - 1`` (after a stop between initials or none)?"""
    if j < len(toks) and toks[j].kind == STOP:
        j += 1
    return j < len(toks) and toks[j].kind == WORD and len(toks[j].key) == 1 and not toks[j].key.isdigit()


_THE_NEWS = "الانباء"
_SOURCES = "مصادر"
_PRESS = "صحفيه"     # "مصادر صحفية"; not a media word: "بقلم الصحفية" is a journalist's byline


def _of_the_press(key: str) -> bool:
    """An adjective of the media or the press after "مصادر": "إعلامية", "إخبارية", "صحفية"."""
    return _is_media(key) or key == _PRESS
_ON_THE_WEB = frozenset(("نت", "اونلاين"))
_NEWS = "نيوز"
_LATIN_NEWS = "news"
_FOR_THE_NEWS = frozenset(("للانباء", "للاخبار"))    # folded "للأنباء", "للأخبار"


def _same_case(written: str, key: str) -> bool:
    """A Latin agency name counts as written with capitals ("AFP", "Reuters", "REUTERS"), never in a
    lower-case run of letters (a word, a file name, encoded data)."""
    return not key.isascii() or not key.isalpha() or written[:1].isupper()


def _is_date_word(key: str) -> bool:
    return key.isdigit() or key in DATE_WORDS


def _name(line: str, toks: list[Token], first: int, last: int) -> str:
    """The agency as written, from its first token to its last (a closing stop of initials included)."""
    return clean(line[toks[first].start:toks[last - 1].end])


def _bracketed(toks: list[Token], first: int, last: int) -> bool:
    """Is the span [first, last) set between a pair of marks: ( ), [ ], « », / /, — — ?"""
    if first == 0 or last >= len(toks):
        return False
    before, after = toks[first - 1], toks[last]
    if (before.kind, after.kind) in ((OPEN, CLOSE), (CLOSE, OPEN)):   # »قنا« set right to left too
        return True
    if before.kind != SEP or after.kind != SEP or before.text != after.text:
        return False
    if _spaced_pair(before.text):
        return before.end <= toks[first].start and after.start >= toks[last - 1].end
    # the same mark hugging the name on both sides: "∗تلفزيون سوريا∗", "•قنا•"
    return before.end == toks[first].start and after.start == toks[last - 1].end


def _spaced_pair(mark: str) -> bool:
    """Is ``mark`` one that sets a name apart with spaces inside it too, once or repeated ("/ … /", "— … —",
    "ـــ … ـــ")?"""
    return mark[0] in "/—ـ" and mark == mark[0] * len(mark)


def _unknown_at(toks: list[Token], i: int) -> int:
    """Token index after a short bracketed name at word ``i`` that the gazetteer does not know
    ("(يو بي آي)"): 1-3 words without digits, none a word newsrooms bracket about their own copy."""
    before = toks[i - 1] if i else None
    if before is None or before.kind == WORD \
            or before.kind == SEP and not _spaced_pair(before.text) and before.end != toks[i].start:
        return 0
    j = _name_end(toks, i, MAX_UNKNOWN_AGENCY_WORDS, _LABEL_WORDS | _BUREAU | _SERVICE)   # "(عن وكالات)", "(مكتب …)"
    if not j or not _bracketed(toks, i, j):
        return 0
    # "دويتشه فيله (برلين)": a place, not an agency; "(البث المباشر)": a newsroom's words with their article
    words = [t.key for t in toks[i:j] if t.kind == WORD]
    return 0 if is_place(words) or _newsroom_words_alone(words) else j


def _newsroom_words_alone(keys: list[str]) -> bool:
    """Are folded words, each without its article, all a newsroom's own or broadcasting's ("البث المباشر": the
    site's live stream), which name no outlet?"""
    return all(k.removeprefix("ال") in _NEWSROOM_OR_BROADCAST for k in keys)


def _name_end(toks: list[Token], i: int, most: int, refused: frozenset = frozenset()) -> int:
    """Token index after the words from ``i`` on when they may be a name no list holds: at most ``most``,
    none with a digit, none a newsroom's word about its own copy nor one of ``refused``; else 0."""
    j, words = i, 0
    outlet = i < len(toks) and toks[i].key in OUTLET_NOUNS and not toks[i].key.startswith("ال")
    while j < len(toks) and toks[j].kind == WORD:
        key = toks[j].key
        # a number closing a name an outlet's noun opens is the name's ("موقع 24"), as is a brand's number
        # after an indefinite word ("عربي 21"); elsewhere a date, a count
        number = words and (outlet or _brand_number(toks, j)) and key.isdigit() \
            and len(key) <= MAX_NAME_NUMBER_DIGITS and (j + 1 == len(toks) or toks[j + 1].kind != WORD)
        if words and key in DAY_NAMES:
            break                # "… المستقلة الجمعة 12 مارس": a day's name after a name closes it
        if not key or any(c.isdigit() for c in key) and not number and not _GLUED_BRAND.fullmatch(toks[j].text) \
                or key in NEWSROOM_WORDS and not (outlet and words >= 2 and key in _ON_AIR) or key in refused \
                or _glued_scripts(toks[j].text) or _reported_it(key):      # ("أوردته …": the verb, its subject)
            return 0
        j, words = j + 1, words + 1
        if words > most:
            return 0
        if _glued_stop(toks, j) or j < len(toks) and _latin_hyphen(toks, j):
            j += 1                 # a stop inside the name, as a web address has one: "العربية.نت"; "France-Presse"
    return j if j > i else 0


# A Latin brand with its number glued on ("Kurdistan24", "France24"): a capital, letters, two or three digits.
_GLUED_BRAND = re.compile(r"[A-Z][A-Za-z]{2,}[0-9]{2,3}")


def _brand_number(toks: list[Token], j: int) -> bool:
    """Is the number at word ``j`` a brand's, closing its name ("عربي 21", "فرانس 24"): two or three digits after
    one indefinite word that is no date's, no measure's sign after it? (One digit after a noun counts or points:
    "صورة 1", "الجزء 2"; after a definite noun a number is an article's or a resolution's: "المادة 21"; after
    two words, or before "°" or "%", a reading's: "غائم جزئيا 14 °".)"""
    word = toks[j - 1]
    return len(toks[j].key) >= MIN_BRAND_NUMBER_DIGITS and word.kind == WORD and not word.key.startswith("ال") \
        and not any(c.isdigit() for c in word.key) and not _is_date_word(word.key) \
        and (j < 2 or toks[j - 2].kind != WORD) and not _measured(toks, j)


_MEASURE_SIGNS = frozenset("%٪‰°℃℉")     # a number's unit: a share, a temperature


def _measured(toks: list[Token], j: int) -> bool:
    """Is word ``j`` a number with a measure's sign after it ("14 °", "45 %")?"""
    return toks[j].key.isdigit() and j + 1 < len(toks) and toks[j + 1].key in _MEASURE_SIGNS


def _numbered(words: list[Token]) -> bool:
    """Are ``words`` a brand's name of one word and its number ("عربي 21")?"""
    return len(words) == 2 and words[-1].key.isdigit() and len(words[-1].key) <= MAX_NAME_NUMBER_DIGITS \
        and _brand_number(words, 1)


def _glued_scripts(word: str) -> bool:
    """Does a word run Arabic letters into Latin ones ("فيسبوكAsharq")? No name's word does: the texts of two
    elements read with nothing between them (a share bar's last button and a credit) do."""
    return not word.isascii() and any("a" <= c <= "z" or "A" <= c <= "Z" for c in word) \
        and any("\u0600" <= c <= "\u06ff" for c in word)


def _glued_stop(toks: list[Token], j: int) -> bool:
    """Is token ``j`` a full stop between two words with no space on either side ("العربية.نت")?"""
    return 0 < j < len(toks) - 1 and toks[j].kind == STOP and toks[j + 1].kind == WORD \
        and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start


# Words that say a name is a news or media organisation's, wherever they stand in it (folded, without
# ال or لل): "المركز الفلسطيني للإعلام", "الأنباء الأردنية", "شبكة الساحل الإخبارية", "نبض نيوز".
_MEDIA_WORDS = frozenset(("اعلام", "اعلامي", "اعلاميه", "انباء", "اخباري", "اخباريه", "نيوز", "برس", "ميديا", "بث",
                          "تايمز", "بوست", "صحافه", "نت", "اونلاين"))       # "الجزيرة نت", "….نت": on the web
# The same words in a Latin name ("Asharq News", "Gulf Times"), folded to lower case; written with a capital
# (an address's "news.example.net" names nothing).
_LATIN_MEDIA = frozenset(("news", "press", "media", "times", "post", "tv", "radio",
                          "agency", "agence", "presse",         # and French: "Agence France-Presse"
                        "agencia", "agenzia", "agentur", "agentia", "ajansi", "ajansı", "agência",   # agency, elsewhere
                        "noticias", "notizie", "nachrichten", "haber", "nouvelles"))                # news, elsewhere
# Broadcasting, inside a name after its first word ("هيئة الإذاعة البريطانية", "مؤسسة الإذاعة والتلفزيون"); a name
# that opens with it is a press noun's ("إذاعة الشمال"), read only when set apart.
_BROADCAST = frozenset(("اذاعه", "تلفزيون", "والتلفزيون"))
_NEWSROOM_OR_BROADCAST = NEWSROOM_WORDS | _BROADCAST


def _press_named(words: list[Token]) -> bool:
    """Do ``words`` make a name a press noun opens ("شبكة الجزيرة", "إذاعة الشمال"): two to a few words?"""
    return MIN_PRESS_NAME_WORDS <= len(words) <= MAX_UNLISTED_OUTLET_WORDS and all(t.kind == WORD for t in words) \
        and words[0].key in _PRESS_NOUNS_SET_APART and not any(t.key in _PREPOSITIONS for t in words)


def _says_media(words: list[Token]) -> bool:
    """Does a word of news or media stand among ``words``, or one of broadcasting after the first?"""
    return any(_is_media(t.key) or t.key in _LATIN_MEDIA and t.text[:1].isupper() for t in words) \
        or any(t.key.removeprefix("ال") in _BROADCAST for t in words[1:]) or _numbered(words)


def _is_media(key: str) -> bool:
    return key.removeprefix("لل").removeprefix("ال") in _MEDIA_WORDS or key in _FOR_THE_NEWS


def _media_name_at(toks: list[Token], i: int) -> int:
    """Token index after a name the gazetteer does not know that says it is media's, set apart by marks:
    two to four words, one of them a word of news or media or the first a press noun ("صوت بيروت …"), none a
    number, a label or a newsroom's own word; 0 when there is none at word ``i``."""
    if i > 0 and toks[i - 1].kind == WORD and not _is_date_word(toks[i - 1].key) \
            and toks[i - 1].key not in _SERVICE | _BUREAU or toks[i].key in _SERVICE | _BUREAU:
        return 0         # (a news service's or a correspondent's noun before a name is the credit's)
    if _is_date_word(toks[i].key) and toks[i].key != _TODAY:
        return 0         # "… 1:59 صباحًا وكالة …": a date's last word before a name, never its first
    j = _name_end(toks, i, MAX_MEDIA_NAME_WORDS, _LABEL_WORDS | _PREPOSITIONS | _COPY_NOUNS)   # ("أورد الخبر …")
    if j - i < 2 or _newsroom_words_alone([t.key for t in toks[i:j]]):
        return 0         # ("البث المباشر": the site's live stream, a newsroom's words alone, names no one)
    # a press noun's name must stand beside a mark ("بيروت ⧫ صوت بيروت الدولي"): alone it is a phrase
    apart = i > 0 and (toks[i - 1].kind in (SEP, OPEN) or toks[i - 1].kind == CLOSE and (
        _mark_before(toks, i) or toks[i - 1].end == toks[i].start)) \
        or j < len(toks) and toks[j].kind in (SEP, CLOSE)
    if _says_media(toks[i:j]):
        return j
    # (a known name inside is read as such: "شبكة سي إن إن", the network's noun and the gazetteer's form)
    return j if apart and _press_named(toks[i:j]) \
        and not any(_match_at(toks, k, guess=False) for k in range(i + 1, j)) else 0


_PREPOSITIONS = frozenset(("في", "علي", "من", "الي", "مع",    # folded: a label's, never inside a media name
                           "لدي", "عند"))                     # ("الأصل لدى إذاعة …": with, held by)


def find_agency(line: str, toks: list[Token], *, start: int = 0, stop: int | None = None,
                unknown: bool = True, noun: bool = True) -> Agency | None:
    """The first agency among ``toks[start:stop]``: a gazetteer form (with the outlet's noun written before
    it, unless ``noun`` is false: "إذاعة مونت كارلو الدولية"), else (``unknown``) a short name in brackets
    or a name set apart that says it is media's."""
    stop = len(toks) if stop is None else stop
    for i in range(start, stop):
        if toks[i].kind != WORD:
            continue
        if (j := _match_at(toks, i)) and j <= stop:
            if (end := _short_form_after(toks, j)) <= stop:
                j = end
            if (end := _short_form_dashed(toks, i, j)) <= stop:
                j = end
            j = _list_end(toks, _short_form_apart(toks, i, j, stop), stop)
            i = _with_noun(toks, i, start) if noun else i
            return _joined_before(line, toks, Agency(_name(line, toks, i, j), i, j, True, _bracketed(toks, i, j)))
        if unknown and (j := _unknown_at(toks, i)) and j <= stop:
            # known by its words when one of them says news or media ("(شفق نيوز)"), else by its brackets alone
            media = any(_is_media(t.key) for t in toks[i:j] if t.kind == WORD) or _press_named(toks[i:j])
            return Agency(_name(line, toks, i, j), i, j, media, True)
        if unknown and (j := _media_name_at(toks, i)) and j <= stop:
            if (end := _short_form_after(toks, j)) <= stop:
                j = end          # "هيئة البث الإسرائيلية (كان)": its short form in brackets after it
            return Agency(_name(line, toks, i, j), i, j, True, False)      # told by its words, as by a list
    return None


def _with_noun(toks: list[Token], i: int, start: int = 0) -> int:
    """Where a known name at word ``i`` starts with the outlet's noun written right before it ("إذاعة" in
    "إذاعة مونت كارلو الدولية", "قناة" in "قناة روسيا اليوم"): ``i - 1``, else ``i``; never before ``start``."""
    if i - 1 >= start and toks[i - 1].kind == WORD and toks[i - 1].key in OUTLET_NOUNS \
            and not toks[i - 1].key.startswith("ال"):
        return i - 1
    return i


# Marks that join agencies credited together: "رويترز، أ ف ب", "رويترز/AFP", "رويترز - د ب أ".
_JOINERS = frozenset(("،", ",", "/", "-", "–", "—", "+", "＋", "&"))
# Marks that only ever join names in a credit, never set a sentence apart: "(الجزيرة + وكالات)".
_PLUS = frozenset(("+", "＋", "&"))


def _list_end(toks: list[Token], j: int, stop: int) -> int:
    """The token after a list of known agencies that starts with one ending at ``j``: each further one after
    a comma, a slash or a dash, or joined by و ("(رويترز، أ ف ب)", "(رويترز وأ ف ب)" are one credit); else
    ``j``."""
    while j < stop:
        if toks[j].kind in (COMMA, SEP) and toks[j].text in _JOINERS:
            k = _match_at(toks, j + 1, guess=False) if j + 1 < stop else 0
            if not k and _joins(toks[j]):
                k = _joined_after(toks, j + 1, stop)
        else:
            k = _and_known(toks, j)
        if not k or k > stop:
            break
        j = k
    return j


def _and_known(toks: list[Token], j: int) -> int:
    """The token after a known name joined by و at ``j``: the conjunction apart ("و أ ف ب") or written on the
    name's first word ("وأ ف ب", "والأناضول"); else 0."""
    tok = toks[j]
    if tok.kind != WORD or not tok.key.startswith(_AND) or len(tok.key) == 1 and j + 1 >= len(toks):
        return 0
    if len(tok.key) == 1:
        return _match_at(toks, j + 1, guess=False)
    return _match_at(toks, j, guess=False, as_key=tok.key[1:])


def _short_form_after(toks: list[Token], j: int) -> int:
    """The token after a name's short form in brackets right after it ("وكالة الأنباء العراقية (واع)"): a
    form the gazetteer knows, initials, or one short word that is no place and no newsroom tag; else
    ``j``."""
    if j + 2 >= len(toks) or toks[j].kind != OPEN:
        return j
    k = j + 1
    end = _match_at(toks, k)
    if not end and toks[k].kind == WORD and len(toks[k].key) <= MAX_SHORT_FORM_LETTERS \
            and toks[k].key not in NEWSROOM_WORDS and not is_place([toks[k].key]):
        end = k + 1
    return end + 1 if end and end < len(toks) and toks[end].kind == CLOSE else j


_DASHES = frozenset("-–—ـ")


def _short_form_dashed(toks: list[Token], i: int, j: int) -> int:
    """The token after a known name's short form after a dash ("وكالة الأنباء الكويتية ـ كونا", "… - KUNA"): the name
    of two words or more at ``[i, j)``, then one short indefinite word that is no place, no date and no newsroom
    tag, the line's end or a mark after it; else ``j``. (A place there is the credit's: "… - الكويت".)"""
    if j + 1 >= len(toks) or toks[j].kind != SEP or not set(toks[j].text) <= _DASHES \
            or sum(t.kind == WORD for t in toks[i:j]) < 2:
        return j
    w = toks[j + 1]
    if w.kind != WORD or w.key.startswith("ال") or len(w.key) > MAX_SHORT_FORM_LETTERS or w.key in NEWSROOM_WORDS \
            or _is_date_word(w.key) or any(c.isdigit() for c in w.key) or not _same_case(w.text, w.key) \
            or is_place([w.key]) or j + 2 < len(toks) and toks[j + 2].kind == WORD:
        return j
    return j + 2


def is_agency_name(name: str | None) -> bool:
    """Is this whole name (a byline, a JSON-LD author) an agency of the gazetteer (or named by its head
    noun)? Never a guess from its shape: a publisher's own acronym is often its author."""
    if not name:
        return False
    toks = [t for t in tokens(name) if t.kind in (WORD, STOP, OPEN, CLOSE)]
    while toks and toks[-1].kind == STOP:
        toks.pop()
    if not toks or toks[0].kind != WORD or not (j := _match_at(toks, 0, guess=False)):
        return False
    return _short_form_after(toks, j) == len(toks)      # "وكالة الأنباء الكويتية (كونا)": its short form too


def _place_words(words: list[Token]) -> bool:
    """Words a credit may hold beside its agency: a place of a few words and any date words."""
    place = [w for w in words if not _is_date_word(w.key) and w.key not in _OWN_COPY and w.key not in _BUREAU]
    if len(place) > MAX_PLACE_WORDS:
        return False
    return not any(w.key in NEWSROOM_WORDS or w.key in _SOURCE_LABELS or w.key in _COPIED
                   or BYLINE_OPENING.fullmatch(w.text) for w in place)   # ("كتب فلان … واشنطن ⋯ راديو سوا": a byline)


def _set_apart(toks: list[Token], a: Agency) -> bool:
    """An agency beside other words is set apart from them by a mark (or by a date before it:
    "... 2024 م واس")."""
    if a.bracketed:
        return True
    left = a.first == 0 or toks[a.first - 1].kind != WORD or _is_date_word(toks[a.first - 1].key)
    right = a.last >= len(toks) or toks[a.last].kind != WORD
    return left and right


def is_photo_credit(line: str, toks: list[Token] | None = None) -> bool:
    """A short line that credits a picture: "© AFP / Getty", "EPA-EFE/REX/Shutterstock", "تصوير: …"."""
    if not line or len(line) > MAX_CREDIT_LINE:
        return False
    if "©" in line or "(c)" in line.lower():
        return True
    toks = tokens(line) if toks is None else toks
    words = [t.key for t in toks if t.kind == WORD]
    return any(key in PHOTO_WORDS for key in words[:MAX_PHOTO_CREDIT_WORDS])


@lru_cache(maxsize=4096)     # pure, and asked again of the same lines (a wrapper and its child)
def credit_line(line: str) -> str | None:
    """The agency of a line that is a credit and nothing else: the agency, marks, and at most a place
    and a date beside it."""
    if (found := _short_credit(line)) is None:
        return _outlet_and_place(line)
    toks, a = found
    toks = _credit_words_as_marks(toks, a)
    rest = [t for n, t in enumerate(toks) if t.kind == WORD and not a.first <= n < a.last]
    if rest and not (_set_apart(toks, a) and _place_words(rest)):
        return None
    if not a.known and rest and len([w for w in rest if not _is_date_word(w.key)]) > MAX_UNKNOWN_AGENCY_WORDS:
        return None
    if find_agency(line, toks, start=a.last, unknown=False) is not None and rest:
        return None                                   # two agencies and more: a sentence, not a credit
    return a.name


def _credit_words_as_marks(toks: list[Token], a: Agency) -> list[Token]:
    """``toks`` with the words a credit line holds besides its agency and its place read as marks: a news
    service right before the agency ("خدمة رويترز"), "from" right after it before a place ("أ ف ب من جنيف"), a
    bureau or the correspondents right before a place ("مكتب بيروت", "مراسلو جنيف")."""
    marks = set()
    guessed = a.last - a.first == 1 and toks[a.first].text.isascii() and not _match_at(toks, a.first, guess=False)
    if a.first and toks[a.first - 1].kind == WORD and toks[a.first - 1].key in _SERVICE | _BUREAU | _OWN_COPY \
            and a.known and not guessed:
        marks.add(a.first - 1)   # (a service of a name the list knows or one that says it is media's: not "خدمة RSS")
    if a.last < len(toks) and toks[a.last].kind == WORD and toks[a.last].key in _FILED_FROM_IN \
            and _place_follows(toks, a.last + 1):
        marks.add(a.last)        # "أ ف ب من جنيف", "مراسل رويترز في جنيف"
    for n, t in enumerate(toks):
        if t.kind == WORD and t.key in _OWN_COPY and (n == 0 or toks[n - 1].kind != WORD):
            marks.add(n)         # "… - باريس - خاص": the copy's own word set apart
    for n, t in enumerate(toks):
        if t.kind == WORD and t.key in _BUREAU and (n == 0 or toks[n - 1].kind != WORD) and _place_follows(toks, n + 1):
            marks.add(n)
    if not marks:
        return toks
    return [Token(SEP, t.text, t.start, t.end, t.text) if n in marks else t for n, t in enumerate(toks)]


def _place_follows(toks: list[Token], i: int) -> bool:
    """Are the words from ``i`` to the next mark or the end a known place?"""
    j = i
    while j < len(toks) and toks[j].kind == WORD:
        j += 1
    return j > i and is_place([t.key for t in toks[i:j]])


def _outlet_and_place(line: str) -> str | None:
    """The outlet of a line made of an outlet's name (its noun, without the article, and a few words), marks,
    and a known place, in either order ("صحيفة الأيام ⇠ عدن", "عدن | إذاعة الشمال"), else None."""
    if not line or len(line) > MAX_CREDIT_LINE:
        return None
    all_toks = tokens(line)
    toks = [t for n, t in enumerate(all_toks) if t.kind != STOP and not _latin_hyphen(all_toks, n)]
    runs: list[list[Token]] = [[]]
    for t in toks:
        if t.kind == WORD:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])          # a mark or a bracket ends a run: "صحيفة الأيام ⌈عدن⌉"
    runs = [r for r in runs if r]
    marks = sum(t.kind not in (WORD, OPEN, CLOSE) for t in toks)
    if len(runs) == 1 and toks and toks[0].kind != WORD and marks <= MAX_MARKS_AROUND \
            and _is_outlet_name(runs[0]):
        return _name(line, runs[0], 0, len(runs[0]))      # "▸صحيفة الأيام": a mark and the name alone
    if len(runs) != 2 or marks > MAX_MARKS_AROUND:
        return None
    for name, place in (runs, runs[::-1]):
        if (_is_outlet_name(name) or _latin_name(name) and not is_photo_credit(line)) \
                and is_place([t.key for t in place]):
            return _name(line, name, 0, len(name))
    return None


def _latin_hyphen(toks: list[Token], n: int) -> bool:
    """Is token ``n`` a hyphen inside a Latin name, glued to a Latin word on each side ("Al-Monitor")?"""
    t = toks[n]
    return t.kind == SEP and t.text == "-" and 0 < n < len(toks) - 1 and toks[n - 1].end == t.start \
        and toks[n + 1].start == t.end and toks[n - 1].text.isascii() and toks[n + 1].text.isascii() \
        and toks[n - 1].kind == WORD and toks[n + 1].kind == WORD


def _latin_name(words: list[Token]) -> bool:
    """Are ``words`` a name in Latin capitals, as an Arabic page writes a foreign outlet's ("The Guardian",
    "Le Monde"): one to three capitalised words of letters?"""
    return 0 < len(words) <= MAX_UNKNOWN_AGENCY_WORDS and all(
        t.kind == WORD and t.text.isascii() and t.text.isalpha() and t.text[0].isupper() for t in words)


def _is_outlet_name(words: list[Token]) -> bool:
    """Are ``words`` an outlet's name by its noun: the noun without the article, and a word to three more that
    may be a name ("صحيفة الأيام", "موقع عرب 48")?"""
    if len(words) == 2 and words[0].key in _BROADCASTERS and _nisba(words[1].key):
        return True              # "التلفزيون العربي", "الإذاعة الوطنية": a broadcaster named by its adjective
    return words[0].key in OUTLET_NOUNS and not words[0].key.startswith("ال") \
        and 2 <= len(words) <= MAX_UNLISTED_OUTLET_WORDS \
        and _name_end(words, 0, MAX_UNLISTED_OUTLET_WORDS, _LABEL_WORDS) == len(words)


_BROADCASTERS = frozenset(("التلفزيون", "الاذاعه", "القناه"))     # definite: a country's or a network's own


def _nisba(key: str) -> bool:
    """Is a folded word a definite adjective of relation ("العربي", "الوطنية", "السورية")?"""
    return key.startswith("ال") and len(key) > MIN_NISBA_LETTERS and key.endswith(("ي", "يه"))


def dateline(text: str) -> tuple[str, str] | None:
    """(agency, clause) of a dateline that opens a paragraph: a place (and a date) of a few words, a
    mark, the agency, a mark or its brackets; then the text."""
    head = text[:TAIL_CHARS + 40]
    toks = tokens(head)
    limit = _word_index(toks, MAX_DATELINE_WORDS)
    a = find_agency(head, toks, stop=limit) or _set_apart_after_place(head, toks)
    if a is None:
        return None
    before = [t for t in toks[:a.first] if t.kind == WORD]
    if not _place_words(before) or not before and not a.bracketed:
        return None
    marks_before = any(t.kind != WORD for t in toks[:a.first])
    last = a.last
    if last + 2 < len(toks) and toks[last].kind == OPEN and toks[last + 1].kind == WORD \
            and toks[last + 1].key in _OWN_COPY and toks[last + 2].kind == CLOSE:
        last += 3                # "فاس، رويترز (خاص) -": the copy's own word in brackets after the name
    after = toks[last] if last < len(toks) else None
    closed = a.bracketed or after is not None and after.kind in (SEP, COLON, COMMA, CLOSE)
    date_before = bool(before) and _is_date_word(toks[a.first - 1].key) if a.first else False
    # An agency the gazetteer does not know is told by its brackets and a mark after them, not by the
    # closing bracket itself.
    # (a closing bracket, or the opening one of a pair set right to left: "﴾…﴿", "»…«")
    beyond = toks[last + 1] if after is not None and (after.kind == CLOSE or a.bracketed and after.kind == OPEN) \
        and last + 1 < len(toks) else after
    if not a.known and not (a.bracketed and beyond is not None and beyond.kind in (SEP, COLON)):
        return None
    if not (closed and (marks_before or a.bracketed) or date_before or _tight_after_place(toks, a, before)):
        return None
    end = last
    while end < len(toks) and toks[end].kind != WORD:
        end += 1
    return a.name, clean(head[:toks[end - 1].end])


def _tight_after_place(toks: list[Token], a: Agency, before: list[Token]) -> bool:
    """"دمشق-سانا أعلن …", "أنقرة/ الأناضول قال …": a name the gazetteer holds right after a known place and a
    mark, the text following with no mark of its own (the agencies' own datelines)."""
    place = [w.key for w in before if not _is_date_word(w.key)]
    return bool(place) and a.first > 0 and toks[a.first - 1].kind == SEP and is_place(place) \
        and _match_at(toks, a.first, guess=False) == a.last


def _set_apart_after_place(line: str, toks: list[Token]) -> Agency | None:
    """An agency the gazetteer does not know, set between two of the same marks right after a dateline's
    place ("عدن —أنباء الجنوب— قال …", "عدن | أنباء الجنوب | …", "عدن :: أنباء الجنوب :: …"), or an outlet
    between any two ("القاهرة - بوابة الأهرام: …"): a short name, no digits, none of a newsroom's own tags."""
    i = 0
    while i < len(toks) and toks[i].kind == WORD and i < MAX_PLACE_WORDS:
        i += 1
    opening = i
    while i < len(toks) and toks[i].kind in (SEP, COLON, COMMA) and i - opening < MAX_MARKS_AROUND:
        i += 1
    if opening == 0 or i == opening:
        return None
    j = i
    while j < len(toks) and toks[j].kind == WORD and j - i <= MAX_UNKNOWN_AGENCY_WORDS:
        j += 1
    while j + 1 < len(toks) and _latin_hyphen(toks, j):
        j += 2                   # "Al-Monitor": a hyphen inside a Latin name
    marks = [t.text for t in toks[opening:i]]
    if j == i:
        return None
    # the same marks after the name; or any mark after a name an outlet's noun opens ("القاهرة - بوابة
    # الأهرام: …", "أبوظبي، موقع 24 – …"): a correspondent's name is set between two different marks too
    # ("القاهرة - محمد أحمد:"), and a comma sets apart a sentence's words, so neither is read without the noun
    latin = _latin_name([t for t in toks[i:j] if t.kind == WORD])       # "لندن | The Guardian: …"
    outlet = toks[i].key in OUTLET_NOUNS and not toks[i].key.startswith("ال") and j - i > 1 or latin
    comma = any(t.kind == COMMA for t in toks[opening:i])
    closed = [t.text for t in toks[j:j + len(marks)]] == marks and (outlet or not comma) \
        or outlet and j < len(toks) and toks[j].kind in (SEP, COLON)
    if not closed or not (latin or _unknown_words(toks[i:j])
                          or outlet and _name_end(toks, i, j - i, _LABEL_WORDS) == j):
        return None
    return Agency(_name(line, toks, i, j), i, j, False, True)


def _unknown_words(words: list[Token]) -> bool:
    """Words an unknown agency's name may be: no digits, none a word newsrooms set apart about their own
    copy or a label's."""
    channel = bool(words) and words[0].key in OUTLET_NOUNS          # "قناة الجزيرة مباشر": its live service's word
    return all(t.kind == WORD and (not any(c.isdigit() for c in t.key) or _GLUED_BRAND.fullmatch(t.text))
               and (t.key not in NEWSROOM_WORDS or channel and k > 1 and t.key in _ON_AIR)
               and t.key not in _LABEL_WORDS for k, t in enumerate(words))


def _labelled_in_brackets(line: str, toks: list[Token], end: int) -> Agency | None:
    """A labelled source in brackets closing a paragraph, whatever name it gives ("(المصدر: بلتا)")."""
    for i in range(end - 1, max(0, end - 10), -1):
        if toks[i].kind == OPEN:
            if i + 1 < end and (name := labelled(line[toks[i + 1].start:toks[end - 1].end])):
                return Agency(name, i + 1, end, False, True)
            return None
    return None


def _label_before(toks: list[Token], first: int) -> int:
    """Where a closing tag starts when a label stands before its agency ("(المصدر: نوفوستي)", "نقلا عن:
    …"): at the label, so the tag goes whole; else at the agency."""
    i = first
    while i and toks[i - 1].kind in (COLON, SEP):
        i -= 1
    if i < first and toks[first - 1].kind == COLON and (k := _initials_ending(toks, i)) < i:
        return k                 # "(م.ع: أ ف ب)": a label's initials, closed by a colon
    if not i or toks[i - 1].kind != WORD or toks[i - 1].key not in _LABEL_WORDS:
        return first             # (with no mark between: "(عن وكالات)", when a mark opens the label)
    i -= 1
    if i and toks[i - 1].kind == WORD and toks[i - 1].key in _COPIED:
        i -= 1
    return i if i and toks[i - 1].kind != WORD else first


def _initials_ending(toks: list[Token], i: int) -> int:
    """Where initials that end at token ``i`` start: two or more single letters with a stop between each
    ("م.ع"), after no word; ``i`` when none end there."""
    k, letters = i, 0
    while k and toks[k - 1].kind == WORD and len(toks[k - 1].key) == 1 and not toks[k - 1].key.isdigit():
        k, letters = k - 1, letters + 1
        if k > 1 and toks[k - 1].kind == STOP and toks[k - 2].kind == WORD:
            k -= 1
        else:
            break
    return k if letters >= 2 and (not k or toks[k - 1].kind != WORD) else i


def _set_apart_after_sentence(line: str, toks: list[Token], end: int) -> Agency | None:
    """An agency the gazetteer does not know, after the paragraph's last full stop and a mark, once or written
    over ("… الأخرى. —أنباء الجنوب", "… الأخرى. / أنباء الجنوب", "… الأخرى. ⟓ أنباء الجنوب", "… // …"): a short
    name, and nothing after it but closing marks."""
    start = end
    while start > 0 and toks[start - 1].kind == WORD and end - start < MAX_UNKNOWN_AGENCY_WORDS:
        start -= 1
    if start < 2 or start == end or not (toks[start - 1].kind in (SEP, COLON) or _mark_before(toks, start)):
        return None
    k = start - 1
    while k > 1 and start - k < MAX_DOUBLED_MARK and toks[k - 1].kind == toks[k].kind \
            and toks[k - 1].text == toks[k].text:
        k -= 1                   # the mark written twice: "… الأخرى. // أنباء الجنوب", "⁄⁄", "::"
    if toks[k - 1].kind != STOP or not _unknown_words(toks[start:end]):
        return None
    return Agency(_name(line, toks, start, end), start, end, False, False)


MIN_NISBA_LETTERS = 4     # "ال" and a stem of two letters or more before its ي
MAX_DOUBLED_MARK = 3       # a mark written up to three times over sets a name apart as once does


def marked_name(line: str) -> str | None:
    """The name of a line that is a mark and a short name and nothing else ("⁃ أكي", "｜أنباء الجنوب"):
    an agency tag when it closes a body, whether or not the gazetteer knows the name."""
    if not line or len(line) > MAX_UNKNOWN_TAG_CHARS:
        return None
    toks = tokens(line)
    start = 0
    while start < len(toks) and toks[start].kind in (SEP, OPEN, COMMA, COLON):
        start += 1
    end = start
    while end < len(toks) and toks[end].kind == WORD:
        end += 1
    if not start or end == start or end - start > MAX_UNKNOWN_AGENCY_WORDS or not _unknown_words(toks[start:end]) \
            or any(t.kind not in (CLOSE, STOP, SEP) for t in toks[end:]):
        return None
    return _name(line, toks, start, end)


def _word_index(toks: list[Token], n: int) -> int:
    seen = 0
    for i, t in enumerate(toks):
        if t.kind == WORD:
            seen += 1
            if seen > n:
                return i
    return len(toks)


def closing_tag(text: str) -> tuple[str, str, str] | None:
    """(agency, tag, paragraph without it) for a paragraph that closes on an agency tag: marks before
    the agency (a dash, a slash, brackets, a tatweel, a stop), none but closing ones after it."""
    cut = max(0, len(text) - TAIL_CHARS)
    if cut:
        cut = text.find(" ", cut) + 1 or len(text)
    tail = text[cut:]
    toks = tokens(tail)
    end = len(toks)
    while end and toks[end - 1].kind in (STOP, CLOSE, OPEN, SEP, COMMA):   # a bracket that ends a line closes it
        end -= 1
    if end > 1 and toks[end - 1].key in _ADAPTED and toks[end - 2].kind == WORD:
        end -= 1                 # "(رويترز بتصرف)": the agency, adapted
    if not end:
        return None
    a = None
    for i in range(max(0, end - MAX_TAG_TOKENS), end):
        j = _list_end(toks, _short_form_apart(toks, i, j, end), end) if toks[i].kind == WORD \
            and (j := _match_at(toks, i)) else 0
        if j and j < end and _short_form_dashed(toks, i, j) == end:
            j = end              # "… ⸨ وكالة الأنباء الكويتية ـ كونا ⸩": its short form after a dash
        if j == end:
            f = _with_noun(toks, i)
            a = Agency(_name(tail, toks, f, j), f, j, True, _bracketed(toks, f, j))
            break
        if j and _short_form_after(toks, j) == end + 1:       # "وكالة … (واع)" closing the tail
            a = Agency(_name(tail, toks, i, end + 1), i, end + 1, True, _bracketed(toks, i, end + 1))
            break
        if toks[i].kind == WORD and _unknown_at(toks, i) == end:
            a = Agency(_name(tail, toks, i, end), i, end, False, True)
            break
        if toks[i].kind == WORD and i and (_mark_before(toks, i) or toks[i - 1].kind == OPEN
                                           or toks[i - 1].kind == CLOSE and toks[i - 1].end == toks[i].start) and (
                (m := _media_name_at(toks, i)) == end or m and _short_form_after(toks, m) == end + 1
                or _press_named(toks[i:end]) and _name_end(toks, i, end - i) == end):
            last = end + 1 if m and m < end else end    # (its short form's closing bracket, the tail's last mark)
            a = Agency(_name(tail, toks, i, last), i, last, True, False)   # "… ، الجزيرة نت": says it is media's
            break
    if a is None:
        a = _set_apart_after_sentence(tail, toks, end) or _labelled_in_brackets(tail, toks, end)
    if a is not None:
        a = _joined_before(tail, toks, a)
    if a is None or a.first == 0:
        return None
    m = _label_before(toks, a.first)
    if toks[a.first - 1].kind == WORD and m == a.first:
        return None                                   # a word of the sentence right before it: no tag
    while m and toks[m - 1].kind != WORD:
        m -= 1
    while m < a.first and toks[m].start == toks[m - 1].end and _sentence_mark(toks, m):
        m += 1                                        # the sentence's own full stop (or quote) stays with it
    if m and _match_ends_at(toks, m):                 # "وكالة الأنباء القطرية (قنا)": a name, not a tag
        return None
    if not a.known and toks[m - 1].kind == WORD and toks[m - 1].key in HEAD_NOUNS:
        return None
    rest = (text[:cut] + tail[:toks[m].start]).rstrip() if m < len(toks) else text
    if len(rest.split()) < MIN_SENTENCE_WORDS:
        return None
    return a.name, clean(tail[toks[m].start:]), rest


def _mark_before(toks: list[Token], i: int) -> bool:
    """Is the token before word ``i`` a mark that sets a name apart: a separator or a comma, or a closing mark
    that closes no word ("… تماما. ⟓ صحيفة …": a corner drawn as a bracket's half, a space after it), or an
    opening one that nothing after it closes ("… انتهى. ⹂ وكالة …")?"""
    before = toks[i - 1]
    return before.kind in (SEP, COMMA) or before.kind in (CLOSE, OPEN) and before.end < toks[i].start \
        and (i == 1 or toks[i - 2].kind != WORD) and (before.kind == CLOSE or all(t.kind != CLOSE for t in toks[i:]))


def _sentence_mark(toks: list[Token], m: int) -> bool:
    """Does the mark at ``m``, written tight after the sentence, close the sentence: a stop or a comma, or a
    closing quote or bracket (a straight quote too) followed by a space or by the sentence's stop ('حياته".',
    'حياته».')? One written tight onto the tag's first word opens the tag ("».»رويترز«" reversed)."""
    t = toks[m]
    if _ends_sentence(t):
        return True
    if t.kind != CLOSE and not (t.kind == SEP and t.text in _STRAIGHT_QUOTES):
        return False
    after = toks[m + 1]
    return after.start > t.end or _ends_sentence(after)


def _ends_sentence(t: Token) -> bool:
    """A stop, a comma, or a question or exclamation mark (which the tokens call separators)."""
    return t.kind in (STOP, COMMA) or t.kind == SEP and t.text in _ASKING_MARKS


_STRAIGHT_QUOTES = frozenset("\"'")
_ASKING_MARKS = frozenset("!?؟")


def _joined_before(line: str, toks: list[Token], a: Agency) -> Agency:
    """``a`` with the names a plus or a comma joins before it inside its brackets ("(الجزيرة + وكالات)", "(سند &
    رويترز)", "(العربي الجديد، الأناضول)"): in a credit's brackets these join names and nothing else, so the words
    before one, back to the bracket, are one more name of the credit, known or not (a word or two: an outlet's
    name, not a sentence); ``a`` as it is when no bracket closes it."""
    if a.last >= len(toks) or toks[a.last].kind != CLOSE:
        return a
    k = a.first
    while k >= 2 and _joins(toks[k - 1]) and toks[k - 2].kind == WORD:
        j = k - 2
        while j > 0 and toks[j - 1].kind == WORD and k - 1 - j < MAX_JOINED_WORDS:
            j -= 1
        if j == 0 or toks[j - 1].kind != OPEN and not _joins(toks[j - 1]):
            return a
        k = j
    if k == a.first or toks[k - 1].kind != OPEN or any(t.key.isdigit() for t in toks[k:a.first]):
        return a                                      # ("(2 + …)": a sum, no name)
    return Agency(_name(line, toks, k, a.last), k, a.last, a.known, True)


def _joins(t: Token) -> bool:
    """A plus, an ampersand or a comma: what joins names in a credit's brackets ("(العربي الجديد، الأناضول)")."""
    return t.text in _PLUS or t.kind == COMMA


def _joined_after(toks: list[Token], i: int, stop: int) -> int:
    """The token after a name a plus or a comma joined on at ``i``, up to the bracket that closes the credit
    ("(وكالات + الجزيرة)", "(الأناضول، العربي الجديد)": a word or two, no number, then the bracket, within
    ``stop``); else 0."""
    j = i
    while j < min(stop, len(toks)) and j - i < MAX_JOINED_WORDS and toks[j].kind == WORD \
            and not toks[j].key.isdigit():
        j += 1
    return j if i < j < len(toks) and j <= stop and toks[j].kind == CLOSE else 0


def _match_ends_at(toks: list[Token], end: int) -> bool:
    for i in range(max(0, end - 6), end):
        if toks[i].kind == WORD and _match_at(toks, i) == end:
            return True
    return False


@lru_cache(maxsize=4096)     # pure, and asked again of the same lines (a wrapper and its child)
def labelled(line: str) -> str | None:
    """The name a labelled source line gives: المصدر / مصدر الخبر / المصادر, with any mark or none
    after the label; نقلاً عن; a bare عن before an agency or an outlet (صحيفة، موقع، وكالة ...)."""
    if not line or len(line) > 2 * MAX_CREDIT_LINE + 20 or not (_opens_with_label(line) or _colon_early(line)):
        return None
    toks = tokens(line)
    i = 0
    while i < len(toks) and toks[i].kind != WORD:
        i += 1
    if i >= len(toks):
        return None
    if i + 2 < len(toks) and toks[i + 1].kind == COLON and toks[i + 2].kind == WORD \
            and _without_and(toks[i].key) not in _LABEL_WORDS and not _match_at(toks, i) \
            and _opens_with_label(rest := line[toks[i + 2].start:]):
        return labelled(rest)    # "تنويه: الخبر منقول عن …": a word of notice and its colon before the label
    copy_from = abbreviated = described_apart = False
    if i + 1 < len(toks) and _without_this(toks[i].key) and toks[i + 1].kind == WORD \
            and (_without_and(toks[i + 1].key) in _LABEL_WORDS | _ACCORDING_WHAT
                 or _opens_with_label(line[toks[i + 1].start:])):
        i += 1                   # "وذلك نقلاً عن …": "and that", a sentence's tail set apart, then the label
    if toks[i].key in _READ_VERBS and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _COPY_NOUNS:
        i += 1                   # "اقرأ المقال الأصلي على …": the reader sent to the copy's original
    elif j := _copy_after_verb(toks, i):
        i = j                    # "نُقلت هذه المادة عن …", "أُعدّت المادة استناداً إلى …": a verb on the copy, then
                                 # the copy's noun and its label
    if _is_published(toks[i].key) and not toks[i].key.startswith("م") and (k := _copy_noun_at(toks, i + 1)) > 0 \
            and k + 1 < len(toks) and toks[k + 1].kind == WORD \
            and (toks[k + 1].key in _PUBLISHED_IN or _adverb_shaped(toks[k + 1].key)):
        return labelled(f"{line[:toks[i].end]} {line[toks[k + 1].start:]}")   # "نُشرت هذه المادة أصلاً في …"
    if i + 2 < len(toks) and toks[i].kind == WORD and "ال" + toks[i].key in _COPY_NOUNS \
            and toks[i + 1].kind == WORD and _is_published(toks[i + 1].key):
        i += 1                   # "مادة منشورة في …": the copy's noun without its article, then where
    named_copy = _copy_named_first(toks, i)
    if named_copy:
        i += 1                   # "الخبر منقول عن …": the copy's noun before a label of copying is the label's
    elif toks[i].key in _COPY_NOUNS and (j := _copy_preposition(toks, i + 1)):
        i, copy_from = j, True       # "المعلومات من …": the copy's noun and its preposition, as a bare عن
        if i + 2 < len(toks) and toks[i + 1].key in _PRODUCED and toks[i + 2].kind == WORD:
            i += 1               # "المادة من إعداد …": made by, its maker after it
    elif toks[i].key in _COPY_NOUNS and i + 2 < len(toks) and _its_source(toks[i + 1].key) and toks[i + 2].kind == WORD:
        i += 1                   # "المعلومات مصدرها …": the copy's noun, then its source's
    elif toks[i].key in _COPY_NOUNS and _by_leave_of(toks, i + 1):
        i += 1                   # "المحتوى بالاتفاق مع …": the copy's noun, then the agreement
    elif _by_way_of(toks, i):
        i, copy_from = i + 1, True   # "الخبر برواية …": the copy's noun and a verbal noun on ب, as a bare عن
    elif toks[i].key in _COPY_NOUNS and i + 1 < len(toks) and toks[i + 1].kind == WORD \
            and (toks[i + 1].key in _SAID_LABELS or _referred(toks, i + 1) or _adverb_label(toks, i + 1)):
        i += 1                   # "الخبر كما ورد في …", "المادة حسب ما نشرته", "الخبر بالأصل من …": the copy's
                                 # noun, then the label
    key, marked, unlisted = _without_and(toks[i].key), False, False
    if _its_source(key):
        key = _SOURCE_STEM       # "مصدرها", "مصدره": the source's noun with the copy's pronoun, a source label
    elif key.endswith("ه") and key[:-1] in _COPIED:
        key = key[:-1]           # "المادة مترجمة عن": feminine, as the copy's noun is
    read = False                 # a label the grammar reads though no list holds it ("كما نشرت", "نُشر أولاً في")
    if key == _SOURCES and i + 1 < len(toks) and toks[i + 1].kind == WORD and _of_the_press(toks[i + 1].key):
        return None              # "مصادر إعلامية": sources credited together, not a label
    if key in _SOURCE_LABELS:
        i += 1
        if i < len(toks) and toks[i].kind == WORD and _shown(toks[i].key):
            return None          # "مصدر الصورة: رويترز" credits a picture, not the article
        if i + 1 < len(toks) and toks[i].kind == WORD and toks[i].key in _THIS and toks[i + 1].kind == WORD:
            i += 1               # "مصدر هذه المادة ⇠": "this" goes with the noun after it
        if (j := _aside_end(toks, i)) and j < len(toks) and toks[j].kind == COLON:
            i = j                # "المصدر (بتصرف):": an aside in brackets before the label's colon
        # "مصدر الخبر:", "المصدر الأصلي -": one noun after the label when a mark follows it, or when an
        # agency or an outlet follows it ("مصدر الخبر رويترز")
        if i + 1 < len(toks) and toks[i].kind == WORD and not _match_at(toks, i) \
                and toks[i].key not in OUTLET_NOUNS and (toks[i + 1].kind in (COLON, SEP) or _names_at(toks, i + 1)):
            i += 1
        elif j := _describing_words_end(toks, i):
            i = j                # "المصدر المنقول عنه:": words that describe the source, up to a colon
            # (up to a mark that is no colon, "المصدر المرجعي للخبر ⇜", the name must say what it is)
            described_apart = toks[j].kind != COLON
        # after "the reference" the name must say what it is, as after عن
        strict = key not in _REFERENCES and not described_apart
    elif (key in _COPIED or _copied_it(key) or _copying_now(key)) \
            and (j := _copied_from(toks, i + 1, _copied_it(key) or _copying_now(key) or key == _COPIED_VERB,
                                   subject=_copying_now(key) or _copied_it(key) or key == _COPIED_VERB)):
        i = _past_a_page(toks, _past_what_was_said(toks, j))  # "نقلاً عن ما نشرته …": what was said, then the name
        strict = i == j and not _copied_it(key)
    elif j := _gone_back_to(toks, i):
        i, strict, unlisted, read = j, False, True, True      # "يعود الخبر إلى …": the copy goes back to it
    elif j := _we_took_the_copy(toks, i):
        i, strict = j, False                                  # "وصلنا الخبر من …", "حصلنا على الخبر من …"
    elif j := _reported_that(toks, i):
        i, strict, unlisted, read = j, False, True, True      # "أفادت بذلك …": the verb and "that", its subject
    elif j := _source_phrase_end(toks, i):
        i, strict = j - 1, True                               # "الخبر من مصدره:": the source's noun in the phrase
    elif _is_participle(key, short=named_copy) and (j := _copied_from(toks, i + 1)):
        i = j                    # "مأخوذ من", "مقتبس عن": like a bare عن, the name must say what it is
        strict = False
    elif _is_published(key) and (j := _published_in(toks, i + 1)):
        # "نُشر أولاً في صحيفة …": as with a label no list holds, the name must end the line; "جاء ذلك في تقرير
        # لـ …": a report's noun and ل after it
        k = _past_a_report(toks, j)
        if j < k < len(toks) and toks[k].kind == WORD and len(toks[k].key) > 1 and toks[k].key[0] == "ل" \
                and toks[k - 1].key != "ل" \
                and (_glued_to_outlet(toks[k].key) or _match_at(toks, k, as_key=toks[k].key[1:])):
            return labelled(f"{line[:toks[k].start]}لـ {line[toks[k].start + 1:]}")   # "تقرير لصحيفة …": ل set apart
        i, strict, unlisted, read = k, False, True, True
    elif key in _DONE and i + 1 < len(toks) and toks[i + 1].kind == WORD and _published_it(toks[i + 1].key) \
            and (j := _published_in(toks, i + 2)):
        i, strict, unlisted, read = j, False, True, True      # "تم نشره أولاً على …": it was published in
    elif (j := _republished(toks, i)) and (j := _published_in(toks, j, again=True)):
        i, strict, unlisted, read = j, False, True, True      # "أعيد نشره من …": published again from
    elif key in _REPORTS and i + 1 < len(toks) and toks[i + 1].kind == WORD \
            and (toks[i + 1].key == "ل" or _glued_to_outlet(toks[i + 1].key)):
        i, strict = i + 2 if toks[i + 1].key == "ل" else i + 1, False    # "تقرير لـ …": a report of
    elif key == _FILED_FROM and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _PRODUCED:
        i, strict = i + 2, False                              # "من إنتاج …": like a bare عن
    elif j := _rights_of_the_copy(toks, i):
        if toks[j].key == "ل":
            j += 1
        elif not _glued_to_outlet(toks[j].key):               # "… محفوظة لسي إن إن": read with ل set apart
            return labelled(f"{line[:toks[j].start]}لـ {line[toks[j].start + 1:].lstrip('ـ')}")
        i, strict = j, False                                  # "حقوق الخبر محفوظة لـ …"
    elif key in _WROTE and i + 2 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _COPY_NOUNS \
            and toks[i + 2].kind == WORD and (toks[i + 2].key == "ل" or _glued_to_outlet(toks[i + 2].key)):
        i, strict = i + 3 if toks[i + 2].key == "ل" else i + 2, True    # "كتب الخبر لـ …": written for it
    elif key == _THE_ORIGINAL and i + 2 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _HELD_BY:
        i, strict = i + 2, True                               # "الأصل لدى …": the original is with it
    elif key == _ON_WORD_OF[0] and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _ON_WORD_OF[1]:
        i, strict = i + 2, False                              # "على ذمة …": like a bare عن
    elif key in (_FROM, _VIA) or copy_from or key in _ACCORDING or key in _ACCORDING_WHAT:
        if key == _FROM and i + 1 < len(toks) and toks[i + 1].key == _WAY:
            i += 1               # "عن طريق …": by way of, as "عبر"
        i = _past_a_telling(toks, _past_a_page(toks, _past_what_was_said(toks, i + 1, key in _ACCORDING_WHAT)))
        strict = False
    elif j := _by_leave_of(toks, i):
        i, strict = j, False     # "بتصريح من …", "بالتعاون مع …": by leave of, with, as a bare عن
    elif key.startswith("ب") and len(key) >= MIN_ADVERB_LETTERS and i + 2 < len(toks) and toks[i + 1].key in _WHAT \
            and (j := _past_what_was_said(toks, i + 1)) > i + 1:
        i, strict = j, False     # "بموجب ما أذاعته …": a noun on ب, "what" and its verb, as "بحسب ما نشرته"
    elif key in _AS_WHAT and (j := _past_what_was_said(toks, i + 1, True)) > i + 1:
        # "كما نشرت صحيفة …": as with a label no list holds, the name must end the line
        i, strict, unlisted, read = j, False, True, True
    elif j := _adverb_label(toks, i):
        # like a bare عن: the name must say what it is
        i = _past_what_was_said(toks, j, toks[j - 1].key == _FOR_WHAT)
        strict = False
    elif (j := label_end(toks, i)) and not is_photo_credit(line, toks) and not _match_at(toks, i, guess=False):
        # A label the list does not hold, told by its shape (a word or two and a colon): the name after
        # it must then say what it is, as after a bare عن ("المرجع: موقع …", "استناداً إلى: وكالة …").
        # A label's initials in brackets around the whole line ("(م.ع: …)") name whatever follows them, as
        # a labelled tag closing a paragraph does.
        abbreviated = toks[j - 2].kind == WORD and len(toks[j - 2].key) == 1 and toks[0].kind == OPEN \
            and toks[-1].kind == CLOSE
        i = j
        strict, unlisted = False, True
    else:
        return None
    if i + 1 < len(toks) and toks[i].kind == WORD and toks[i].key in OUTLET_NOUNS and toks[i + 1].kind == COLON:
        i += 1                   # "عن موقع: …": the outlet's noun the label's, its colon closing it
    while i < len(toks) and toks[i].kind != WORD and toks[i].kind != OPEN:
        marked = True
        i += 1
    name_toks = _before_a_date(toks[i:])
    # a bracket closing the whole line ("(المصدر: …)") is not the name's, one the name opened is
    # (one more closing than opening bracket: the line's, "(م.ع: وكالة الأنباء الجزائرية (واج))")
    while name_toks and (name_toks[-1].kind in _TRAILING or name_toks[-1].kind == CLOSE
                         and sum(t.kind == CLOSE for t in name_toks) > sum(t.kind == OPEN for t in name_toks)):
        name_toks = name_toks[:-1]
    if not name_toks:
        return None
    if len(name_toks) > 2 and name_toks[0].kind == WORD \
            and (name_toks[0].key in OUTLET_NOUNS or _glued_to_outlet(name_toks[0].key)) \
            and name_toks[1].kind == WORD and name_toks[1].key in OUTLET_NOUNS \
            and not name_toks[1].key.startswith("ال"):    # ("موقع الجريدة الكويتية": a paper named "the paper")
        name_toks = name_toks[1:]            # "موقع مجلة المجلة": the site of the outlet named after it
    first = name_toks[0]                     # "لموقع هسبريس": the preposition (and its tatweel) is the label's
    glued = len(first.text) - len(first.text[1:].lstrip("ـ")) if first.kind == WORD and _glued_to_outlet(first.key) \
        else 0
    name = clean(line[first.start + glued:name_toks[-1].end])
    if name.startswith(tuple("([«“")) and name_toks[-1].kind == CLOSE:
        name = clean(name[1:-1])
    words = [t for t in name_toks if t.kind == WORD]
    if not words or len(words) > MAX_LABELLED_NAME_WORDS:
        return None
    if words[0].key in _OWN_COPY:
        return None              # "المصدر: خاص - …": an exclusive, the publisher's own copy
    if _measured(toks, toks.index(words[-1])):
        return None              # "… 30 °", "… 45 %": a reading, no name
    if len(words) == 1 and (words[0].key[1:] if glued else words[0].key) not in COLLECTIVE_HEADS \
            and (words[0].key in OUTLET_NOUNS or _glued_to_outlet(words[0].key)):
        return None              # "عن وكالة" and the name in the next element: the noun alone names nothing
    agency = find_agency(line, toks, start=i, unknown=False, noun=False)
    named = agency is not None and agency.first == toks.index(words[0])
    second, end = (toks.index(words[1]), toks.index(words[-1]) + 1) if len(words) > 1 else (0, 0)
    if not named and not marked and len(words) > 1 and (words[0].key in _DESCRIBING or _glued_to_outlet(words[0].key)
                                                        and words[0].key[1:] in _DESCRIBING) \
            and agency is not None and agency.first == second and agency.last >= end:
        # "نقلاً عن صحيفة روسيا اليوم": the noun, in the label's phrase, describes a name the gazetteer knows
        # (after a mark it is the name's as written: "المصدر: موقع سكاي نيوز عربية"; a name no list holds keeps
        # it too: "نقلاً عن موقع الخليج أونلاين" is as often the site's whole name)
        return agency.name
    if not named and is_place([w.key for w in words]):
        return None              # a place alone is a dateline's, never a source's name (but "قنا" is QNA's too)
    outlet = (words[0].key in OUTLET_NOUNS or words[0].key in HEAD_NOUNS or _glued_to_outlet(words[0].key)
              or _press_named(words)) and not _described_only(words[1:])
    if abbreviated and len(words) <= MAX_UNLISTED_OUTLET_WORDS and _unknown_words(words):
        return name
    if unlisted and not (named and agency is not None and agency.last >= toks.index(words[-1]) + 1
                         or len(words) <= MAX_UNLISTED_OUTLET_WORDS
                         and (outlet or read and _says_media(words))):
        return None              # after a label of any word, a name and nothing more: never a sentence
    if not strict or not marked:
        # Without a mark after the label the name must say what it is ("المصدر وكالات", "عن صحيفة …",
        # "عن المركز الفلسطيني للإعلام").
        if not (named or outlet or _says_media(words) or _latin_name(words)):
            return None          # (a name in Latin letters, capitalised, says it is one: "نقلاً عن Rudaw")
        if not strict and len(words) > MAX_LABELLED_NAME_WORDS - 2 \
                and not (named and agency is not None and agency.last >= toks.index(words[-1]) + 1):
            return None          # (a known name and its short form may be longer: "وكالة … (أ ش أ)")
    return name or None


_TRAILING = frozenset((STOP, SEP, COMMA, COLON))     # marks after a labelled name, never part of it


def _latin_name(words: list[Token]) -> bool:
    """Are ``words`` a proper name in Latin letters: a few words, the first and the last capitalised, letters and
    digits only ("Kurdistan24", "The Independent", "Radio Free Europe")?"""
    return len(words) <= MAX_UNLISTED_OUTLET_WORDS and all(t.text.isascii() and t.text.isalnum() for t in words) \
        and words[0].text[:1].isupper() and words[-1].text[:1].isupper()
# The nouns of printed papers, folded: a newspaper, a magazine, a daily, a weekly.
_PAPER_NOUNS = frozenset(("صحيفه", "جريده", "مجله", "يوميه", "اسبوعيه"))
# Nouns of outlets that describe a name after them rather than open it ("صحيفة روسيا اليوم"): not a channel's,
# a network's or an agency's, which names keep ("قناة العربية", "شبكة الجزيرة", "وكالة الأناضول").
_DESCRIBING = _PAPER_NOUNS | {"موقع"}
_SHOWN = frozenset(("فيديو", "فيديوهات", "مقطع"))      # a video; PHOTO_WORDS hold the pictures


def _shown(key: str) -> bool:
    """A word for a picture or a video (what "مصدر …:" may credit instead of the article)."""
    bare = key.removeprefix("ال")
    return bare in PHOTO_WORDS or bare in _SHOWN


def _before_a_date(toks: list[Token]) -> list[Token]:
    """``toks`` up to a mark that sets a date apart after the name ("صحيفة الرأي | 21-09-2025"), or up to a
    date written right after it ("وكالات 2026-01-08", "قناة الغد 8 يناير"): a number that opens a date,
    its parts joined by a mark or followed by a month, is never a name's ("فرانس 24", "موقع 24" are)."""
    for n, t in enumerate(toks):
        if t.kind == SEP and n + 1 < len(toks) and toks[n + 1].kind == WORD and _is_date_word(toks[n + 1].key):
            return toks[:n]
        if n and t.kind == WORD and _opens_a_date(toks, n):
            while n > 1 and toks[n - 1].kind == WORD and toks[n - 1].key in DAY_NAMES:
                n -= 1           # "… المستقلة الجمعة 8 فيفري 2019": the day's name before the date is the date's
            return toks[:n]
    return toks


def _opens_a_date(toks: list[Token], n: int) -> bool:
    """Is the number at ``n`` a date's first part: a number, a mark of dates ("-", "/", ".", ":") and a number
    written tight ("2026-01-08"; "فرانس 24 - 21-09" is a name, a mark and a date), or a number and a month's
    name?"""
    if not toks[n].key.isdigit() or n + 1 >= len(toks):
        return False
    after = toks[n + 1]
    if after.kind == WORD:
        return after.key in MONTH_WORDS
    return after.text in _DATE_MARKS and after.start == toks[n].end and n + 2 < len(toks) \
        and toks[n + 2].kind == WORD and toks[n + 2].key.isdigit() and toks[n + 2].start == after.end


_DATE_MARKS = frozenset("-/.:")


def _colon_early(line: str) -> bool:
    """A colon within the first words of ``line``, or a dash or a bar after its first word or two: a cheap
    test before tokenising."""
    return not COLONS.isdisjoint(line[:MAX_LABEL_CHARS]) or bool(_MARK_AFTER_LABEL.match(line))


# A mark after one or two words: what a label of words no list holds may close on besides a colon (a dash, a
# bar, an arrow: any mark the tokens call a separator).
_MARK_AFTER_LABEL = re.compile(r"\W*\w+(?:\s+\w+)?\s*[^\w\s]")


def label_end(toks: list[Token], i: int) -> int:
    """The token after the colon that closes a label of one or two words starting at ``i`` (0 when none)."""
    j = i
    while j < len(toks) and toks[j].kind == WORD and j - i < MAX_LABEL_WORDS:
        j += 1
    if j < len(toks) and toks[j].kind == STOP and len(toks[i].key) == 1:
        j = i                    # a label's initials, closed by a colon: "م.ع:"
        while j + 1 < len(toks) and toks[j].kind == WORD and len(toks[j].key) == 1 and toks[j + 1].kind == STOP:
            j += 2
        if j - i < 2 or not (j < len(toks) and toks[j].kind == WORD and len(toks[j].key) == 1):
            return 0
        j += 1
        return j + 1 if j < len(toks) and toks[j].kind == COLON else 0
    return j + 1 if j > i and j < len(toks) and toks[j].kind in (COLON, SEP) else 0


def _opens_with_label(line: str) -> bool:
    """Does the first word of ``line`` (past any marks) belong to a label, or its first words make an
    adverb of attribution? A cheap test before tokenising."""
    chunks = line.split(None, 4)[:4]
    keys = fold(chunks[0]).split() if chunks else []
    if not keys and len(chunks) > 1:             # a mark alone before the label
        chunks = chunks[1:]
        keys = fold(chunks[0]).split()
    if not keys:
        return False
    if _without_this(keys[0]) and len(chunks) > 1:
        chunks = chunks[1:]                       # "وذلك نقلاً عن": a demonstrative before the label
        keys = fold(chunks[0]).split()
        if not keys:
            return False
    first = _without_and(keys[0])
    if first in _LABEL_WORDS or _is_published(first) or _copied_it(first) or _copying_now(first):
        return True
    if first in _DONE and len(chunks) > 1 and (_published_it(fold(chunks[1])) or fold(chunks[1]) == _AGAIN_NOUN):
        return True                               # "تم نشره في": it was published in; "تمت إعادة نشره"
    if first in _AGAIN or first == _ON_WORD_OF[0] and len(chunks) > 1 and fold(chunks[1]) in _ON_WORD_OF[1]:
        return True                               # "أعيد نشره من", "على ذمة"
    if first in _REPORTS and len(chunks) > 1 and fold(chunks[1]).startswith("ل"):
        return True                               # "تقرير لـ"
    if first == _THE_ORIGINAL and len(chunks) > 2 and fold(chunks[1]) in _HELD_BY:
        return True                               # "الأصل لدى"
    if len(chunks) > 2 and ("ال" + first in _COPY_NOUNS and _is_published(fold(chunks[1]))
                            or first in _WROTE and fold(chunks[1]) in _COPY_NOUNS):
        return True                               # "مادة منشورة في", "كتب الخبر لـ"
    if first == _FILED_FROM and len(chunks) > 1 and fold(chunks[1]) in _PRODUCED or first == _RIGHTS:
        return True                               # "من إنتاج", "حقوق الخبر محفوظة لـ"
    if first.startswith("ب") and len(chunks) > 1 and fold(chunks[1]) in _WITH_OR_FROM:
        return True                               # "بتصريح من", "بالتعاون مع"
    if first in _GOES_BACK or len(chunks) > 1 and (fold(chunks[1]) in _THAT or fold(chunks[1]) in _COPY_NOUNS
                                                   or fold(chunks[1])[1:] in _COPY_NOUNS) \
            and _reporting(first):
        return True                               # "يعود الخبر إلى", "أفادت بذلك", "أورد الخبر"
    if first.startswith("ال") and len(chunks) > 2:
        second = fold(chunks[1])                  # "الخبر منقول عن": the copy's noun, then the label
        if _copied_word(second) \
                or _is_participle(second, short=first in _COPY_NOUNS) or first in _COPY_NOUNS \
                and (second in _COPIED_FROM or second in _SAID_LABELS or second == _VIA or second in _GOES_BACK
                     or _its_source(second)
                     or second.startswith("ب") and len(second) >= MIN_ADVERB_LETTERS
                     or second.startswith("م") and fold(chunks[2]) in _TO
                     or _adverb_shaped(second) and bool(_adverb_end(fold(" ".join(chunks[1:])).split(), 0))):
            return True                           # ("الخبر بالأصل من": the copy's noun, then an adverb's label)
        if first in _COPY_NOUNS and second.startswith("ب") and fold(chunks[2]) in _WITH_OR_FROM:
            return True                           # "المحتوى بالاتفاق مع"
        if first in _COPY_NOUNS and len(chunks) > 3 and second.startswith("ال") and fold(chunks[2]) == "في" \
                and (fold(chunks[3]) in _THIS or fold(chunks[3]) in _COPY_NOUNS):
            return True                           # "المعلومات الواردة في هذا الخبر من"
        if first in _COPY_NOUNS and len(chunks) > 3 and second.startswith("ال") and (
                fold(chunks[2]) in _COPIED_FROM or second in ORIGINAL and _where_published(fold(chunks[2]),
                                                                                           fold(chunks[3]))):
            return True                           # "المادة الأصلية من", "المقال الأصلي على": the copy, its adjective
                                                  # ("المادة الأصلية منشورة في": and where it was published)
    if first.endswith("نا") and len(first) >= MIN_WE_VERB_LETTERS and len(chunks) > 2 \
            and (fold(chunks[1]) in _COPY_NOUNS or fold(chunks[2]) in _COPY_NOUNS or _on_the_copy(fold(chunks[1]))):
        return True                               # "وصلنا الخبر من", "حصلنا على الخبر من", "حصلنا عليه من"
    if _reported_it(first) or len(chunks) > 1 and fold(chunks[1]) in _COPIED_FROM \
            and any(first.endswith("نا" + p) and len(first) - len(p) >= MIN_WE_VERB_LETTERS for p in _IT):
        return True                               # "أوردته …", "تلقيناه من …": a verb with the copy's pronoun
    if first in _READ_VERBS and len(chunks) > 2 and fold(chunks[1]) in _COPY_NOUNS:
        return True                               # "اقرأ المقال الأصلي على": a verb sending the reader to the copy
    if len(chunks) > 2 and not first.startswith("ال"):
        k = 2 if (chunks[1] in _THIS or first in _DONE) and len(chunks) > 3 else 1
        if chunks[k].startswith("ال") and fold(chunks[k]) in _COPY_NOUNS:     # (every copy noun is definite)
            words = line.split(None, MAX_LABEL_SCAN_WORDS)[:MAX_LABEL_SCAN_WORDS]
            # "نُقلت هذه المادة عن", "جرى نقل المادة عن": a verb on the copy, then what the copy's noun opens
            return _opens_with_label(" ".join(words[words.index(chunks[0]) + k:]))
    if first.startswith("ب") and len(first) >= MIN_ADVERB_LETTERS and len(chunks) > 2 and fold(chunks[1]) in _WHAT:
        return True                               # "بموجب ما أذاعته": a noun on ب and "what"
    accusative = chunks[0].endswith(_TANWEEN_ON_TAA)
    if not (first.endswith("ا") or first.startswith("بال") or first in _DONE or _is_participle(first) or accusative):
        return False                              # nothing else a label's first word can be: fold no more
    keys = fold(" ".join(chunks)).split()
    if accusative:
        keys[0] = keys[0][:-1] + "ا"              # "نسبةً إلى": the accusative's tanween on a taa marbuta
    return bool(_adverb_end(keys, 0)) or _is_participle(first) and len(keys) > 1 \
        and (keys[1] in _COPIED_FROM or keys[1] in _ADAPTED)


_AND = "و"


def _described_only(words: list[Token]) -> bool:
    """Are the words after an outlet's noun adjectives alone, no name ("يومية إخبارية وطنية": a daily, a
    national news one), told by their shape: indefinite, each ending as a feminine adjective of relation does
    (not "ي" alone: "تلفزيون دبي" is a name)?"""
    return bool(words) and all(not w.key.startswith("ال") and w.key.endswith(NISBA) for w in words)


def _without_and(key: str) -> str:
    """A label's first word without the conjunction و written on it ("وحسب" -> "حسب", "ونقلا" -> "نقلا")."""
    return key[1:] if key.startswith(_AND) and key[1:] in _LABEL_WORDS else key


def _copying_now(key: str) -> bool:
    """A verb of copying in the present tense ("ينقل", "تنقل", "ننقل"): its subject may stand before من / عن
    ("ينقل الموقع عن")."""
    return key[:1] in _PRESENT_PERSONS and key[1:] in _COPYING


_PRESENT_PERSONS = frozenset("يتن")
_WAY = "طريق"                 # "عن طريق": by way of


def _copied_from(toks: list[Token], j: int, verb: bool = False, subject: bool = False) -> int:
    """The token after من / عن at ``j`` (after "بتصرف" when it stands there) that ends a label of copying
    ("منقول عن", "منقول بتصرف عن"), else 0. After a verb (``verb``) the copy's noun may stand first ("اقتبس الخبر
    من"), and "بتصرف" may end the label with no preposition ("نقلته بتصرف …")."""
    if verb and j < len(toks) and toks[j].kind == WORD and (toks[j].key in _COPY_NOUNS
                                                            or subject and toks[j].key.startswith("ال")):
        j += 1                   # "اقتبس الخبر من", "ينقل الموقع عن": the copy, or the present verb's subject
        if subject and toks[j - 1].key not in _COPY_NOUNS and j < len(toks) and toks[j].kind == WORD \
                and toks[j].key in _COPY_NOUNS:
            j += 1               # "استقت الصحيفة الخبر من": the subject, then the copy
    if j < len(toks) and toks[j].kind == WORD and (toks[j].key in _ADAPTED or _manner(toks, j)):
        j += 1
        if verb and toks[j - 1].key in _ADAPTED and j < len(toks) and toks[j].kind == WORD \
                and toks[j].key not in _COPIED_FROM:
            return j
    return j + 1 if j < len(toks) and toks[j].kind == WORD and toks[j].key in _COPIED_FROM else 0


def _manner(toks: list[Token], j: int) -> bool:
    """Is word ``j`` the manner of the copying, before its preposition: "بتصرف" (with adaptation), or any adverb's
    shape right before من / عن ("منقول حرفياً عن", "مترجم بالكامل من")?"""
    return j < len(toks) and toks[j].kind == WORD and (
        toks[j].key in _ADAPTED or (_adverb_shaped(toks[j].key) or toks[j].key in _VERBATIM) and j + 1 < len(toks)
        and toks[j + 1].kind == WORD and toks[j + 1].key in _COPIED_FROM)


_GOES_BACK = frozenset(("يعود", "تعود", "يرجع", "ترجع",      # "يعود الخبر إلى": the copy goes back to
                        "ينسب", "تنسب", "نسب", "نسبت",        # "يُنسب الخبر إلى": is attributed to
                        *(fold(w) for w in ("منسوب", "منسوبة", "عائد", "عائدة"))))   # "الخبر منسوب إلى"
_TO = frozenset(("الي", "ل"))
# Verbs of reporting or passing on, the subject after them: "أورد الخبر موقع …", "نقلت الخبر وكالة …".
_REPORTING = frozenset(("افاد", "ذكر", "اورد", "اوضح", "نشر", "روي", "نقل"))
_THAT = frozenset(("بذلك", "ذلك", "بهذا", "هذا"))


def _referred(toks: list[Token], i: int) -> bool:
    """Is word ``i``, after the copy's noun, a verb or a participle that sends the copy to its source: one of going
    back or attribution ("الخبر منسوب إلى"), or any participle's shape before إلى / لـ ("الخبر مُحال إلى": م, no
    article, a few letters)?"""
    key = toks[i].key
    return key in _GOES_BACK or key.startswith("م") and PARTICIPLE_LETTERS - 1 <= len(key) <= PARTICIPLE_LETTERS + 1 \
        and i + 1 < len(toks) and toks[i + 1].kind == WORD and toks[i + 1].key in _TO


def _gone_back_to(toks: list[Token], i: int) -> int:
    """The token after "يعود الخبر إلى" at ``i`` (the copy's noun optional, "this" or a noun it belongs to before it:
    "تعود حقوق المادة إلى", "تعود هذه المادة إلى"), or after a participle that sends the copy there ("مُحال إلى",
    the copy's noun before it), else 0."""
    if toks[i].key not in _GOES_BACK and not (i and toks[i - 1].key in _COPY_NOUNS and _referred(toks, i)):
        return 0
    j = i + 1
    if (k := _copy_noun_at(toks, j)) >= 0:
        j = k + 1
    return j + 1 if j < len(toks) and toks[j].kind == WORD and toks[j].key in _TO else 0


def _by_way_of(toks: list[Token], i: int) -> bool:
    """Does the copy's noun at ``i`` stand before an indefinite verbal noun on ب and a word ("الخبر برواية …",
    "المادة بتوقيع …")? The name after it must say what it is (a writer's name never does: "المقال بقلم …")."""
    return toks[i].key in _COPY_NOUNS and i + 2 < len(toks) and toks[i + 1].kind == WORD \
        and toks[i + 1].key.startswith("ب") and not toks[i + 1].key.startswith("بال") \
        and len(toks[i + 1].key) >= MIN_ADVERB_LETTERS and toks[i + 2].kind == WORD


def _copy_noun_at(toks: list[Token], j: int) -> int:
    """The index of the copy's noun at ``j``, or after "this" or an indefinite noun it is the copy's of there
    ("هذه المادة", "حقوق المادة", "أصل الخبر"); else -1."""
    if j + 1 < len(toks) and toks[j].kind == WORD and toks[j + 1].kind == WORD and toks[j + 1].key in _COPY_NOUNS \
            and (toks[j].key in _THIS or not toks[j].key.startswith("ال") and toks[j].key not in _COPY_NOUNS
                 and not toks[j].key.isdigit()):
        return j + 1
    return j if j < len(toks) and toks[j].kind == WORD and toks[j].key in _COPY_NOUNS else -1


def _copy_after_verb(toks: list[Token], i: int) -> int:
    """The index of the copy's noun after a verb at ``i`` whose subject or object it is, "this" between them or
    none, when a label the copy's noun may open follows it ("نُقلت هذه المادة عن", "أُعدّت المادة استناداً
    إلى", "وصلت المادة حسب …"); else 0. The verb is told by its place alone: an indefinite word first."""
    key = toks[i].key
    if key.startswith("ال") or key in _COPY_NOUNS or key in _THIS or key in _LABEL_WORDS or key.isdigit() \
            or not MIN_VERB_LETTERS <= len(key) <= MAX_VERB_LETTERS and key not in _DONE:
        return 0
    j = i + 1
    if key in _DONE and j < len(toks) and toks[j].kind == WORD and not toks[j].key.startswith("ال"):
        j += 1                   # "جرى نقل المادة عن": a verb of doing and its verbal noun, as one verb
    if j < len(toks) and toks[j].kind == WORD and toks[j].key in _THIS:
        j += 1
    if j + 1 >= len(toks) or toks[j].kind != WORD or toks[j].key not in _COPY_NOUNS or toks[j + 1].kind != WORD:
        return 0
    after = toks[j + 1].key
    if after in _COPIED_FROM or after == _VIA or after in _SAID_LABELS or _adverb_label(toks, j + 1):
        return j
    return 0


def _we_took_the_copy(toks: list[Token], i: int) -> int:
    """The token after "we" did something to the copy and its preposition at ``i`` ("وصلنا الخبر من", "حصلنا على
    الخبر من", "تلقينا المادة عن"): a verb in the first person plural, a preposition it may govern, the copy's noun,
    من / عن; else 0."""
    key = toks[i].key
    it = next((p for p in _IT if key.endswith("نا" + p)), "")     # "تلقيناه من": the copy's pronoun on the verb
    if not key.removesuffix(it).endswith("نا") or len(key) - len(it) < MIN_WE_VERB_LETTERS:
        return 0
    if it:
        return _copied_from(toks, i + 1)
    j = i + 1
    if j < len(toks) and toks[j].kind == WORD and _on_the_copy(toks[j].key):
        return _copied_from(toks, j + 1)      # "حصلنا عليه من": the preposition with the copy's pronoun on it
    if j < len(toks) and toks[j].kind == WORD and toks[j].key in _ADVERB_PREPOSITIONS:
        j += 1
    if j < len(toks) and toks[j].kind == WORD and toks[j].key in _COPY_NOUNS:
        return _copied_from(toks, j + 1)
    return 0


def _copied_word(key: str) -> bool:
    """A word of copying, masculine or feminine as the copy's noun is ("منقول", "مترجمة")."""
    return key in _COPIED or key.removesuffix("ه") in _COPIED


def _on_the_copy(key: str) -> bool:
    """A preposition with the copy's pronoun written on it: "عليه", "عليها", "به", "بها"."""
    return any(key.endswith(p) and key[:-len(p)] in _ADVERB_PREPOSITIONS - _COPIED_FROM for p in _IT)


def _reported_that(toks: list[Token], i: int) -> int:
    """The token after a verb of reporting and "that" or the copy's noun at ``i`` ("أفادت بذلك", "ذكرت ذلك",
    "أورد الخبر": its subject after them), else 0."""
    key = toks[i].key
    if _reported_it(key):          # "أوردته …", "نشرته أولاً …": the copy's pronoun on the verb, an adverb or none
        j = i + 2 if i + 2 < len(toks) and toks[i + 1].kind == WORD and _adverb_shaped(toks[i + 1].key) else i + 1
        return j if j < len(toks) and toks[j].kind in (WORD, OPEN) else 0
    verb = _reporting(key)
    if not verb or i + 1 >= len(toks) or toks[i + 1].kind != WORD:
        return 0
    if toks[i + 1].key in _COPY_NOUNS:     # ("نشر الخبر في …" is published in, read as such)
        return 0 if _published_in(toks, i + 1) or _copied_from(toks, i + 2) else i + 2
    if toks[i + 1].key[:1] == "ب" and toks[i + 1].key[1:] in _COPY_NOUNS:
        return i + 2                       # "أفاد بالخبر …": reported the copy, its subject after it
    return i + 2 if toks[i + 1].key in _THAT else 0


def _reported_it(key: str) -> bool:
    """A verb of reporting with the copy's pronoun on it, its subject's before that or none ("أوردته", "نشرتها")."""
    return any(key.endswith(p) and _reporting(_before_pronoun(key[:-len(p)])) for p in _IT)


def _reporting(verb: str) -> bool:
    """A verb of reporting, masculine or feminine: "أورد", "أوردت"; "روى", "روت" (a defective verb's ى dropped
    before ت)."""
    return verb in _REPORTING or verb.endswith("ت") and (verb[:-1] in _REPORTING or verb[:-1] + "ي" in _REPORTING)


def _before_pronoun(stem: str) -> str:
    """A verb's stem as it is alone when a pronoun written on it turned its last ى to ا ("رواه" -> "روى")."""
    return stem[:-1] + "ي" if stem.endswith("ا") and len(stem) >= MIN_DEFECTIVE_STEM_LETTERS else stem


def _source_phrase_end(toks: list[Token], i: int) -> int:
    """The token after the colon of a phrase of up to three words that holds the source's noun ("الخبر من
    مصدره:", "المادة بحسب مصدرها:"), else 0."""
    j = i
    while j < len(toks) and toks[j].kind == WORD and j - i < MAX_SOURCE_PHRASE_WORDS:
        j += 1
    if j >= len(toks) or toks[j].kind != COLON:
        return 0
    return j + 1 if any(_SOURCE_STEM in toks[k].key for k in range(i, j)) else 0


_SOURCE_STEM = "مصدر"


def _its_source(key: str) -> bool:
    """The source's noun with the copy's pronoun on it: "مصدرها", "مصدره"."""
    return any(key == _SOURCE_STEM + p for p in _IT)


def _aside_end(toks: list[Token], i: int) -> int:
    """The token after an aside of a word or two in brackets at ``i`` ("(بتصرف)"), else 0."""
    if i >= len(toks) or toks[i].kind != OPEN:
        return 0
    j = i + 1
    while j < len(toks) and toks[j].kind == WORD and j - i <= MAX_LABEL_WORDS:
        j += 1
    return j + 1 if j > i + 1 and j < len(toks) and toks[j].kind == CLOSE else 0


def _without_this(key: str) -> bool:
    """Is a folded word a demonstrative, with و on it or not ("وذلك", "هذا")?"""
    return key in _THIS or key.startswith(_AND) and key[1:] in _THIS


_COPYING = frozenset(("نقل", "ترجم", "اقتبس", "استقي", "اخذ"))   # verbs of copying, past: "نقلته عن", "اقتبس الخبر من"
_IT_BY = ("تها", "ته", "ناه", "ناها", "ها", "ه")   # the copy's pronoun on them, the subject's before it


def _copied_it(key: str) -> bool:
    """A verb of copying with the copy's pronoun on it ("نقلته", "نقلناه", "نقلها"), or with its subject's and the
    copy as a noun after it ("اقتبس الخبر", "اقتبسنا الخبر")."""
    # (bare "نقل" is _COPIED's, a label of its own: "نقل عن")
    return key in _COPYING - {"نقل"} or key.endswith("نا") and key[:-2] in _COPYING \
        or any(key.endswith(p) and key[:-len(p)] in _COPYING for p in _IT_BY) \
        or key.endswith("ت") and (key[:-1] in _COPYING - {"نقل"} or key[:-1] + "ي" in _COPYING)   # "استقت"


def _is_published(key: str) -> bool:
    """A verb of publishing or appearing, masculine or feminine, past or present: "نشر", "نشرت", "وردت", "يُنشر";
    or its participle: "منشور", "منشورة", "وارد", "صادر"."""
    return key in _PUBLISHED or key.endswith("ت") and key[:-1] in _PUBLISHED \
        or key[:1] in _PRESENT and key[1:] in _PUBLISHED or key in _PUBLISHED_PARTICIPLES


# The participles of the verbs of publishing, passive and active, masculine and feminine: "منشور", "وارد".
_PUBLISHED_PARTICIPLES = frozenset(
    form for r in _PUBLISHED if len(r) == 3
    for base in ("م" + r[0] + r[1] + "و" + r[2], r[0] + "ا" + r[1:]) for form in (base, base + "ه"))


_PRESENT = frozenset("يت")        # the present tense's prefix: "يُنشر", "تُنشر"


_IT = ("ها", "ه")               # the pronoun of the copy on a verbal noun: "نشره", "نشرها"


def _published_it(key: str) -> bool:
    """The verbal noun of publishing with the copy's pronoun on it, after تم / جرى ("تم نشره")."""
    return any(key.endswith(p) and _is_published(key[:-len(p)]) for p in _IT)


def _copy_preposition(toks: list[Token], j: int) -> int:
    """The index of من / عن after a copy's noun, at ``j`` or after one definite adjective ("المادة الأصلية من",
    "المعلومات الواردة من"); after "the original" في / على / عبر too ("المقال الأصلي على"); else 0."""
    if j < len(toks) and toks[j].kind == WORD and (toks[j].key in _COPIED_FROM or toks[j].key == _VIA):
        return j                 # "المعلومات من …", "الخبر عبر …"
    if j + 1 < len(toks) and toks[j].kind == WORD and toks[j].key.startswith("ال") \
            and toks[j].key not in OUTLET_NOUNS and not _match_at(toks, j) and toks[j + 1].kind == WORD \
            and (toks[j + 1].key in _COPIED_FROM or toks[j].key in ORIGINAL and (toks[j + 1].key in _PUBLISHED_IN
                                                                               or toks[j + 1].key in _HELD_BY)):
        return j + 1             # ("الخبر الأصلي لدى …": the original, with an outlet)
    if j + 3 < len(toks) and toks[j].kind == WORD and toks[j].key.startswith("ال") and toks[j].key not in OUTLET_NOUNS \
            and toks[j + 1].kind == WORD and toks[j + 1].key == "في" and (k := _copy_noun_at(toks, j + 2)) > 0 \
            and k + 1 < len(toks) and toks[k + 1].kind == WORD and toks[k + 1].key in _COPIED_FROM:
        return k + 1             # "المعلومات الواردة في هذا الخبر من …": the copy held in this one, from
    if j + 2 < len(toks) and toks[j].kind == WORD and toks[j].key in ORIGINAL and toks[j + 1].kind == WORD \
            and toks[j + 1].key in _PUBLISHED_PARTICIPLES and toks[j + 2].kind == WORD \
            and toks[j + 2].key in _PUBLISHED_IN:
        return j + 2             # "المادة الأصلية منشورة في …": the original, where it was published
    return 0


def _where_published(key: str, after: str) -> bool:
    """Where the original was published, after its adjective: a preposition ("على"), or a participle of
    publishing and its preposition ("منشورة في")."""
    return key in _PUBLISHED_IN or key in _HELD_BY or key in _PUBLISHED_PARTICIPLES and after in _PUBLISHED_IN


_READ_VERBS = frozenset(("اقرا", "طالع", "راجع", "تصفح", "اطلع"))   # imperatives sending the reader to it


def _describing_words_end(toks: list[Token], i: int) -> int:
    """The index of the colon (or the mark) after a word or two at ``i`` that describe a source's noun before it
    ("المصدر المنقول عنه:", "مصدر المادة الأصلي:", "المصدر المرجعي للخبر ⇜"): no agency and no outlet's noun among
    them; else 0."""
    j = i
    while j < len(toks) and toks[j].kind == WORD and j - i < MAX_DESCRIBING_WORDS and toks[j].key not in _COPULA:
        j += 1
    # "مصدر الخبر الأصلي هو …": the pronoun that joins them stands as the colon, the name after it
    copula = j + 1 < len(toks) and toks[j].kind == WORD and toks[j].key in _COPULA and toks[j + 1].kind == WORD
    # a closing mark no opening one went before points on, as an arrow does ("المصدر المرجعي »")
    if j == i and not copula or j >= len(toks) or toks[j].kind not in (COLON, SEP, CLOSE) and not copula:
        return 0
    if any(toks[k].key in OUTLET_NOUNS or _match_at(toks, k) for k in range(i, j)):
        return 0
    return j + 1 if copula else j


_COPULA = frozenset(("هو", "هي"))     # "the source is": the pronoun between a subject and what it is


def _published_in(toks: list[Token], j: int, again: bool = False) -> int:
    """The token after في / على / عبر that ends "published in" after its verb ("نشر في", "ورد الخبر في", "نشر
    أولاً على", "نشر في الأصل على"): the copy's noun and an adverb (of time, "أولاً", or of origin) may stand
    between; after publishing ``again``, من / عن too ("أعيد نشره من"); or an agreement, a partnership or a leave
    and its preposition ("بالاتفاق مع", "بإذن من"); else 0."""
    if (k := _by_leave_of(toks, j)) or again and (k := _copied_from(toks, j)):
        return k
    if j < len(toks) and toks[j].kind == WORD and (toks[j].key in _COPY_NOUNS or toks[j].key in _THIS):
        j += 1                   # "ورد الخبر في", "ورد ذلك في"
    if tuple(t.key if t.kind == WORD else None for t in toks[j:j + 2]) == ORIGINALLY:
        j += 2
    elif j + 1 < len(toks) and toks[j].kind == WORD and _adverb_shaped(toks[j].key) and toks[j + 1].kind == WORD \
            and toks[j + 1].key in _PUBLISHED_IN:
        j += 1                   # "أولاً", "سابقاً", "بالأصل"
    return j + 1 if j < len(toks) and toks[j].kind == WORD and toks[j].key in _PUBLISHED_IN else 0


def _by_leave_of(toks: list[Token], j: int) -> int:
    """The token after an agreement, a partnership or a leave and its preposition at ``j`` ("بالاتفاق مع",
    "بالتعاون مع", "بإذن من", "بترخيص من"): a verbal noun on the preposition ب and مع / من; else 0."""
    if j + 1 < len(toks) and toks[j].kind == WORD and toks[j + 1].kind == WORD and toks[j + 1].key in _WITH_OR_FROM:
        key = toks[j].key
        if key.startswith("ب") and len(key) >= MIN_ADVERB_LETTERS and not key.startswith("بعد"):
            return j + 2
    return 0


def _republished(toks: list[Token], i: int) -> int:
    """The token after "published again" at ``i``, before its preposition ("أعيد نشره", "يُعاد نشر المقال",
    "تمت إعادة نشر هذا الخبر"); else 0."""
    j = i
    if j < len(toks) and toks[j].kind == WORD and toks[j].key in _DONE and j + 1 < len(toks) \
            and toks[j + 1].key == _AGAIN_NOUN:
        j += 2
    elif j < len(toks) and toks[j].kind == WORD and toks[j].key in _AGAIN:
        j += 1
    else:
        return 0
    if j >= len(toks) or toks[j].kind != WORD or not (_is_published(toks[j].key) or _published_it(toks[j].key)):
        return 0
    j += 1
    if j + 1 < len(toks) and toks[j].kind == WORD and toks[j].key in _THIS and toks[j + 1].kind == WORD \
            and toks[j + 1].key in _COPY_NOUNS:
        j += 2                   # "هذا المقال"
    elif j < len(toks) and toks[j].kind == WORD and toks[j].key in _COPY_NOUNS:
        j += 1                   # "الخبر"
    return j


def _rights_of_the_copy(toks: list[Token], i: int) -> int:
    """The word ل is written on or stands as after "the copy's rights are kept" at ``i`` ("حقوق الخبر محفوظة لـ",
    "حقوق المادة محفوظة لموقع …", "حقوق المادة لـ …"); else 0. Only the copy's: "جميع الحقوق محفوظة" is the
    site's own."""
    if i + 2 >= len(toks) or toks[i].key != _RIGHTS or toks[i + 1].key not in _COPY_NOUNS:
        return 0
    k = i + 3 if toks[i + 2].key == _KEPT else i + 2       # "حقوق المادة لـ …": kept or not, the copy's rights
    if k >= len(toks) or toks[k].kind != WORD or not toks[k].key.startswith("ل") or k == i + 2 and k + 1 >= len(toks):
        return 0
    return k


def _copy_named_first(toks: list[Token], i: int) -> bool:
    """Does a definite noun at ``i`` name the copy before a label of copying ("الخبر منقول عن", "المقال مترجم
    عن", "النص مأخوذ من")?"""
    if i + 2 >= len(toks) or any(t.kind != WORD for t in toks[i:i + 3]) or not toks[i].key.startswith("ال"):
        return False
    label = toks[i + 1].key
    return (_copied_word(label)
            or _is_participle(label, short=toks[i].key in _COPY_NOUNS)) \
        and (toks[i + 2].key in _COPIED_FROM or _manner(toks, i + 2))


def _past_what_was_said(toks: list[Token], i: int, glued: bool = False) -> int:
    """The token after "what" and its verb of reporting at ``i`` ("ما أورد", "لما نشرته"; the verb alone
    when "what" was glued to the label), else ``i``."""
    if (k := _past_a_report(toks, i)) > i:
        return k
    j = i if glued else i + 1 if i < len(toks) and toks[i].kind == WORD and toks[i].key in _WHAT else None
    if j is not None and j + 1 < len(toks) and toks[j].kind == WORD and toks[j + 1].kind == WORD:
        if j + 2 < len(toks) and toks[j + 1].key in _WITH_IT and toks[j + 2].kind == WORD:
            return j + 2         # "وفق ما أفادت به …": the verb's preposition and its pronoun
        if j + 2 < len(toks) and toks[j + 1].key in _PUBLISHED_IN and toks[j + 2].kind == WORD \
                and (_is_published(toks[j].key) or _published_it(toks[j].key)):
            return j + 2         # "بحسب ما جاء في …": the preposition of a verb of appearing
        return j + 1
    return i


_WITH_IT = frozenset(("به", "بها", "عنه", "عنها", "فيه", "فيها"))


# A page, an account, a platform's channel of an outlet ("عن صفحة …", "نقلاً عن حساب …", "عن الصفحة الرسمية لـ
# …"): where the copy was taken, never the name's word.
_PAGES = frozenset(fold(w) for w in ("صفحة", "حساب", "الصفحة", "الحساب")) | _BUREAU - {"مكتب"}   # and a correspondent
_OFFICIAL_OF = frozenset(fold(w) for w in ("الرسمية", "الرسمي", "الخاصة", "الخاص"))


def _past_a_page(toks: list[Token], i: int) -> int:
    """The token after a page's or an account's noun at ``i`` (and its "official" and ل: "الصفحة الرسمية لـ"), when
    a name follows it; else ``i``."""
    if i >= len(toks) or toks[i].kind != WORD or toks[i].key not in _PAGES:
        return i
    j = i + 1
    if j < len(toks) and toks[j].kind == WORD and toks[j].key in _OFFICIAL_OF:
        j += 1
    if j < len(toks) and toks[j].kind == WORD and toks[j].key == "ل":
        j += 1
    return j if j < len(toks) and toks[j].kind == WORD else i


def _past_a_telling(toks: list[Token], i: int) -> int:
    """The token after an indefinite noun at ``i`` that an outlet's name is the owner of ("حسب رواية وكالة …",
    "وفق بيان AFP": the account, the statement; its outlet's noun, a known name or a capitalised Latin word after
    it); else ``i``."""
    if i + 1 >= len(toks) or toks[i].kind != WORD or toks[i + 1].kind != WORD:
        return i
    key, nxt = toks[i].key, toks[i + 1]
    if key.startswith("ال") or key in OUTLET_NOUNS or not key.isalpha() or key.isascii() or _match_at(toks, i):
        return i
    owner = nxt.key in OUTLET_NOUNS and not nxt.key.startswith("ال") or _match_at(toks, i + 1, guess=False) \
        or nxt.key.isascii() and nxt.text[:1].isupper()
    return i + 1 if owner else i


def _past_a_report(toks: list[Token], i: int) -> int:
    """The token after a report's noun at ``i`` (ل written on it or not) and what ties it to its outlet: ل
    apart, or a verb of publishing with its pronoun ("تقرير لـ", "لتقرير نشرته", "مقال نشرته"); else ``i``."""
    if i >= len(toks) or toks[i].kind != WORD:
        return i
    key = toks[i].key
    if key not in _REPORTS and not (key.startswith("ل") and key[1:] in _REPORTS):
        return i
    j = i + 1
    if j < len(toks) and toks[j].kind == WORD and (toks[j].key == "ل" or _published_it(toks[j].key)
                                                   or _is_published(toks[j].key)):
        j += 1
    return j if j < len(toks) else i   # a preposition and the said thing's pronoun


def _is_participle(key: str, short: bool = False) -> bool:
    """A participle by its measure, not its verb: مفعول ("مأخوذ", "منقول"), مفتعل ("مقتبس"), مستفعل ("مستقى",
    "مستمد"), feminine too ("مأخوذة"). With من / عن after it, what was taken from an outlet."""
    stem = key[:-1] if key.endswith("ه") and len(key) in (PARTICIPLE_LETTERS, PARTICIPLE_LETTERS + 1) else key
    if not stem.startswith("م"):
        return False
    if short and len(stem) == SHORT_PARTICIPLE_LETTERS:
        return True              # "مُقدَّم", "مُرسَل": a participle of four letters, after the copy's noun only
    return stem.startswith("مست") and len(stem) >= PARTICIPLE_LETTERS \
        or len(stem) == PARTICIPLE_LETTERS and (stem[3] == "و" or stem[2] == "ت")


def _adverb_end(keys: list[str], i: int) -> int:
    """The index after an adverb of attribution that opens folded words ``keys[i:]`` (0 when none does): a
    verbal noun and the preposition it governs, the noun in one of its three shapes: accusative
    ("استناداً إلى"), with بال ("بالاستناد إلى"), or definite after تم / جرى ("تم النقل عن")."""
    noun = keys[i] if i < len(keys) else ""
    if noun in _DONE and i + 1 < len(keys) and keys[i + 1].startswith("ال"):
        i, shaped = i + 1, len(keys[i + 1]) >= MIN_ADVERB_LETTERS + 1
    else:
        shaped = _adverb_shaped(noun)
    if not shaped or i + 1 >= len(keys):
        return 0
    if _glued_to_outlet(keys[i + 1]) or keys[i + 1].startswith("ل") and keys[i + 1][1:] in _REPORTS:
        return i + 1                         # "وفقاً لموقع …", "وفقاً لتقرير …": the glued word is read after
    return i + 2 if keys[i + 1] in _ADVERB_PREPOSITIONS or keys[i + 1] == _FOR_WHAT else 0


def _adverb_shaped(key: str) -> bool:
    """Is a folded word shaped as an adverb: accusative ("استناداً", "أولاً") or a noun on بال ("بالأصل")?"""
    return len(key) >= MIN_ADVERB_LETTERS and key.endswith("ا") \
        or key.startswith("بال") and len(key) >= MIN_ADVERB_LETTERS + 2


def _glued_to_outlet(key: str) -> bool:
    """Is a folded word the preposition ل written on a noun of outlets ("لموقع", "لصحيفة", "لوكالة")?"""
    return key.startswith("ل") and key[1:] in OUTLET_NOUNS


def _adverb_label(toks: list[Token], i: int) -> int:
    """The token after an adverb of attribution that opens ``toks[i:]`` ("اعتماداً على", "نسبةً إلى": the
    accusative's tanween on a taa marbuta, which folding drops with its sign), or 0."""
    run = []
    for t in toks[i:i + 3]:
        if t.kind != WORD:
            break
        run.append(t.key)
    if run and toks[i].text.endswith(_TANWEEN_ON_TAA):
        run[0] = run[0][:-1] + "ا"       # read as the alef's accusative it is
    return i + n if (n := _adverb_end(run, 0)) else 0


_TANWEEN_ON_TAA = "\u0629\u064b"       # taa marbuta and the accusative's tanween: "نسبةً"


def _names_at(toks: list[Token], i: int) -> bool:
    """Does an agency or an outlet's name start at token ``i``?"""
    return i < len(toks) and toks[i].kind == WORD and (bool(_match_at(toks, i)) or toks[i].key in OUTLET_NOUNS)


def is_label(line: str) -> bool:
    """A label alone ("المصدر:", "مصدر الخبر -", "نقلاً عن"), whose name is in the next element."""
    if len(line) > 30:
        return False
    toks = tokens(line)
    words = [t.key for t in toks if t.kind == WORD]
    if len(words) == 2 and words[0] in _COPIED and words[1] == _FROM:
        return True
    if not words or words[0] not in _SOURCE_LABELS or len(words) > 2:
        return False
    # "مصدر الخبر -" waits for its name; "(المصدر: سانا)" is whole: its bracket closes a name it reads itself
    return len(words) == 1 or toks[-1].kind != WORD and labelled(line) is None


def labelled_apart(label: str, value: str) -> tuple[str, str] | None:
    """(name, line as written) of a label alone in its element and the next element's text ("المصدر" |
    "سكاي نيوز عربية"): the elements' boundary is the label's mark (templates draw the colon with CSS), so
    the two are read as one labelled line with its mark, and the whole value must be the name."""
    if len(label) > 2 * MAX_LABEL_CHARS or len(value) > MAX_CREDIT_LINE:
        return None
    label, value = clean(label), clean(value)
    if not label or not value or len(label) > MAX_LABEL_CHARS or not _opens_with_label(label):
        return None
    toks = tokens(label)
    if len([t for t in toks if t.kind == WORD]) > MAX_LABEL_WORDS:
        return None
    name = labelled(f"{label} {value}" if toks[-1].kind != WORD else f"{label}: {value}")
    n = len(value.strip(" .").split())
    return (name, f"{label} {value}") if name and n <= MAX_APART_NAME_WORDS and len(name.split()) == n else None


def place_byline(line: str) -> str | None:
    """The name of a correspondent's byline made of a known place, a mark and a person's name ("بيروت:
    كارولين عاكوم", "واشنطن - علي بردى"), else None. Never an agency, a media name, a newsroom's own word
    or a name with the article (an outlet's: "الأخبار"), a number or a mark inside it."""
    if not line or len(line) > MAX_CREDIT_LINE:
        return None
    toks = tokens(line)
    n = 0
    while n < len(toks) and toks[n].kind == WORD:
        n += 1                               # the words before the first mark: the place, and only it
    if n == len(toks) or not is_place([t.key for t in toks[:n]]) or toks[n].kind not in (COLON, SEP) \
            or any(t.kind != WORD for t in toks[n + 1:]):
        return None
    name = toks[n + 1:]
    if not MIN_BYLINE_NAME_WORDS <= len(name) <= MAX_BYLINE_NAME_WORDS or name[0].key.startswith("ال") \
            or _name_end(toks, n + 1, MAX_BYLINE_NAME_WORDS, _LABEL_WORDS) != len(toks) \
            or any(_is_media(t.key) for t in name) or find_agency(line, toks, start=n + 1) is not None:
        return None
    return clean(line[name[0].start:name[-1].end])


def lone_tag(line: str) -> str | None:
    """The agency of a line that holds an agency and marks only: "(رويترز)", "— قنا", "[واج]"; or a
    newspaper's, a portal's or a broadcaster's name alone ("بوابة الأهرام.")."""
    if not line or len(line) > MAX_CREDIT_LINE:
        return None
    toks = tokens(line)
    if (found := _short_credit(line, toks)) is None:
        return _press_name_alone(line, toks)
    toks, a = found
    if any(t.kind == WORD and t.key not in _ADAPTED for n, t in enumerate(toks) if not a.first <= n < a.last):
        return None              # (but "(رويترز بتصرف)": the agency, adapted)
    return a.name


# Nouns that open a newspaper's, a portal's or a broadcaster's name and little else ("صحيفة", "بوابة"), not
# those that open places and things as often ("موقع الحادث", "قناة السويس", "شبكة الطرق").
_PRESS_NOUNS = _PAPER_NOUNS | {"بوابه", "اذاعه", "تلفزيون", "راديو"}
# Set apart by brackets or a mark, a network's name is an outlet's too ("(شبكة الجزيرة)", "// شبكة رووداو").
_PRESS_NOUNS_SET_APART = _PRESS_NOUNS | {"شبكه", "صوت"}    # and a radio's "voice": "(صوت بيروت …)"


def _press_name_alone(line: str, toks: list[Token]) -> str | None:
    """The name of a line (``toks`` its tokens) that holds only a name such a noun opens, two to four words,
    and marks."""
    if not toks or toks[0].kind == WORD and toks[0].key not in _PRESS_NOUNS:
        return None
    words = [n for n, t in enumerate(toks) if t.kind == WORD]
    if not 2 <= len(words) <= MAX_PRESS_NAME_WORDS or toks[words[0]].key not in _PRESS_NOUNS \
            or words != list(range(words[0], words[-1] + 1)) or not _unknown_words([toks[n] for n in words]) \
            or any(t.kind in (OPEN, CLOSE) for t in toks):
        return None
    return _name(line, toks, words[0], words[-1] + 1)


def _short_credit(line: str, toks: list[Token] | None = None) -> tuple[list[Token], Agency] | None:
    """(tokens, agency) of a short line that names an agency and credits no photograph, else None."""
    if not line or len(line) > MAX_CREDIT_LINE:
        return None
    toks = tokens(line) if toks is None else toks
    if is_photo_credit(line, toks) or (a := find_agency(line, toks)) is None:
        return None
    return toks, a


def source_line(line: str) -> str | None:
    """The source a line names by itself: a labelled line or a lone agency tag."""
    return labelled(line) or lone_tag(line)
