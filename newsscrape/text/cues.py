"""Arabic cue phrases: related-article headings, source labels, bylines and boilerplate.

Every phrase is written here once, in folded form (see ``arabic.fold``), so that all spellings
match: with or without hamza and tanween (اقرأ أيضاً / إقرأ أيضا / اقرا ايضا), with tatweel,
with a trailing colon. The HTML extractor and the plain-text segmenter both use these functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic import clean, fold

READ_ALSO = "read_also"
SIMILAR = "similar"
MORE = "more"

# Folded cue phrases by the kind of list they head.
_CUES: dict[str, tuple[str, ...]] = {
    READ_ALSO: (
        "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "طالع ايضا", "شاهد ايضا", "تابع ايضا", "اقرا اكثر",
        "قد يهمك ايضا", "قد يهمك", "ربما يهمك", "لا تفوت", "يمكنك ايضا قراءه", "قصص مقترحه",
        "مواضيع مقترحه", "اخبار مقترحه", "مقالات مقترحه", "اقرا",
    ),
    SIMILAR: (
        "مقالات ذات صله", "مواضيع ذات صله", "اخبار ذات صله", "موضوعات ذات صله", "قصص ذات صله",
        "تقارير ذات صله", "ذات صله", "اخبار متعلقه", "مواضيع متعلقه", "الموضوعات المتعلقه",
        "موضوعات متعلقه", "المقالات المتعلقه", "الاخبار المتعلقه", "مقالات مشابهه", "اخبار مشابهه",
        "مواضيع مشابهه", "المزيد حول هذه القصه", "المزيد عن هذه القصه", "المزيد حول هذا الموضوع",
        "في نفس السياق", "اخبار مرتبطه", "مقالات مرتبطه",
    ),
    MORE: (
        "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تصفحا", "الاكثر تداولا", "الاكثر تعليقا",
        "الاكثر شعبيه", "الاكثر قراءه اليوم", "اخترنا لكم", "ترشيحاتنا", "اخر الاخبار", "احدث الاخبار",
        "الاخبار الرئيسيه", "اهم الاخبار", "مختارات", "زوارنا يقراون الان", "زوارنا يقرؤون الان",
        "عاجل", "المزيد من الاخبار", "اخبار اخري", "شاهد ايضا من", "اخترنا لك",
        # more from the section: "المزيد من رياضة", "من نفس القسم" (site-wide, never similar)
        "المزيد من", "من نفس القسم", "من القسم نفسه", "المزيد في",
    ),
}
# Longest first so that "مقالات ذات صله" wins over "ذات صله" and "اقرا ايضا" over "اقرا".
# Folded again here, so a cue written with a hamza seat (الرئيسيه, يقرؤون) still matches.
_ORDERED = sorted(((fold(c), k) for k, cs in _CUES.items() for c in cs), key=lambda x: -len(x[0]))
# Raw-text prefilter: cheap test before folding an element's text. It finds any of
#   [اأإآ]قر[أا] طالع شاهد صل[ةه] مشابه متعلق مقترح [اأ]لأكثر الاكثر اخترنا ترشيحات المزيد مختارات
#   يقر[ؤأ] يهمك تفوت [آأا]خر الأخبار أهم الأخبار الأخبار الرئيسية نفس السياق نفس القسم القسم نفسه
#   مرتبط
# but each is written from its least common letter (ق ط ش ص ك خ ز ف), what comes before that letter
# checked by a lookbehind: the engine skips to those letters instead of trying twenty alternatives at
# every alef (0.8 against 4.8 us a text; tests/test_text.py holds it to the plain alternation).
CUE_HINT = re.compile(
    "ق(?:(?<=[اأإآ]ق)ر[أا]|(?<=يق)ر[ؤأ]|(?<=متعلق)|(?<=مق)ترح)"
    "|طالع|ط(?<=مرتبط)"
    "|شاهد|ش(?<=مش)ابه|ش(?<=ترش)يحات"
    "|صل[ةه]"
    "|ك(?:(?<=[اأ]لأك)|(?<=الاك))ثر|ك(?<=يهمك)"
    "|خ(?:(?<=اخ)ترنا|(?<=مخ)تارات|(?<=[آأا]خ)ر الأخبار|(?<=أهم الأخ)بار|(?<=الأخ)بار الرئيسية)"
    "|ز(?<=المز)يد"
    "|ف(?:(?<=تف)وت|(?<=نف)س السياق|(?<=نف)س القسم)"
    "|س(?<=القس)م نفسه"
)


# The same cues by their first three letters (every cue has at least four): a text is compared only
# with the cues it can start with, in the same longest-first order.
_BY_PREFIX: dict[str, list[tuple[str, str]]] = {}
for _cue, _kind in _ORDERED:
    _BY_PREFIX.setdefault(_cue[:3], []).append((_cue, _kind))


def match_cue(text: str, *, max_extra_words: int = 4) -> tuple[str, str] | None:
    """(kind, rest) when ``text`` is a related-list heading; ``rest`` is what follows the cue.

    ``max_extra_words`` bounds how much may follow the cue (a heading like "مختارات اليوم السابع");
    pass a large value to accept an inline cue glued to a title ("اقرأ أيضاًمصطفى بكري ...").
    The bare "اقرا" only counts when nothing follows it.
    """
    folded = fold(text)
    if not folded or len(folded) > 400:
        return None
    for cue, kind in _BY_PREFIX.get(folded[:3], ()):
        if folded == cue or folded.startswith(cue + " ") or (len(cue) > 6 and folded.startswith(cue)):
            rest_folded = folded[len(cue):].strip()
            if cue == "اقرا" and rest_folded:
                continue
            if len(rest_folded.split()) > max_extra_words:
                return None
            return kind, _strip_cue(text, cue)
    return None


@lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    return fold(ch).replace(" ", "")


def _strip_cue(text: str, cue: str) -> str:
    """The original text after the cue phrase (cue words counted on the folded form)."""
    text = clean(text)
    target = cue.replace(" ", "")
    out = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f:
            out.append(f)
        if "".join(out) == target:
            j = i + 1
            while j < len(text) and not text[j].isspace() and not _fold_char(text[j]):
                j += 1              # tanween, tatweel, colon glued to the cue
            return text[j:].lstrip(" :：-–—|").strip()
    return ""


# ---- bylines and boilerplate -------------------------------------------------------------------

BYLINE = re.compile(
    r"^\s*(?:(?:كتبت|كتبها|كتبه|كتب|بقلم|حوار|حاورته|حاورها|إعداد|اعداد|تقرير|متابعة|ترجمة|تحرير|إشراف)"
    r"\s*[:：\-–]?|(?:Author|Authors|By|Written by)\s*[,:،])\s*(?P<name>[^\d:.،,!?؟]{3,60})$", re.I
)
_AUTHOR_VERB = re.compile(r"^\s*(?:كتبت|كتبه|كتب|بقلم|حوار|إعداد|اعداد|تقرير|بواسطة|Author|By)\s*[:：\-–,،]?\s*", re.I)

# Phrases that mark boilerplate wherever they occur in a short block (folded on load, like the cues:
# "يرجى تفعيل" written with alef maqsura never matched folded text).
_BOILER_ANYWHERE = (
    "جميع الحقوق محفوظه", "حقوق النشر محفوظه", "الحقوق محفوظه", "لا تعبر عن راي", "سياسه الخصوصيه",
    "شروط الاستخدام", "ارشادات الاستخدام", "اضف تعليق", "اقرا تعليقات", "عبر غوغل نيوز", "عبر جوجل نيوز",
    "على جوجل نيوز", "علي جوجل نيوز", "google news", "اشترك في النشره", "اشترك في نشرتنا", "للاشتراك في",
    "حمل تطبيق", "تحميل تطبيق", "انقر هنا", "اضغط هنا", "يرجى تفعيل", "javascript",
)
_BOILER_ANYWHERE_RE = re.compile("|".join(re.escape(p) for p in dict.fromkeys(fold(p) for p in _BOILER_ANYWHERE)))
# Phrases that mark boilerplate when a short block starts with them (folded on load).
_BOILER_START = ("تابعوا", "تابعونا", "تابع اخبار", "تابع احدث", "اشترك", "شارك", "مشاركه", "الكلمات الدال",
                 "الوسوم", "كلمات مفتاحيه", "تاجز", "اعلان", "صدر الصوره", "التعليق علي الصوره",
                 "مصدر الصوره", "تصوير", "الصوره", "شاهد الفيديو", "تخطي", "role")
_BOILER_START_FOLDED = tuple(dict.fromkeys(fold(p) for p in _BOILER_START))


# Share and follow buttons, as their labels read when a share bar falls into the text.
_SOCIAL = frozenset({"فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "تلغرام", "تليجرام", "لينكدين",
                     "انستغرام", "انستجرام", "يوتيوب", "طباعه", "ايميل", "البريد", "مشاركه", "نسخ", "الرابط",
                     "email", "facebook", "twitter", "whatsapp", "whats", "app", "telegram", "linkedin", "pin",
                     "interest", "pinterest", "print", "share", "copy", "link", "x", "messenger", "reddit"})


def is_share_bar(folded: str, words: list[str] | None = None) -> bool:
    words = folded.split() if words is None else words
    if not 3 <= len(words) <= 20:
        return False
    hits = sum(w in _SOCIAL for w in words)
    return hits >= 3 and hits >= 0.7 * len(words)


def author_name(text: str) -> str:
    return clean(_AUTHOR_VERB.sub("", text))


def is_boilerplate(text: str, folded: str | None = None) -> bool:
    if len(text) > 800:                     # no prompt or copyright line is that long
        return False
    folded = fold(text) if folded is None else folded
    if not folded:
        return True
    words = folded.split()
    if len(words) <= 60 and _BOILER_ANYWHERE_RE.search(folded):
        return True
    if is_share_bar(folded, words):
        return True
    return len(words) <= 12 and folded.startswith(_BOILER_START_FOLDED)
