"""Arabic cue phrases: related-article headings, source labels, bylines and boilerplate.

Every phrase is written here once, in folded form (see ``arabic.fold``), so that all spellings
match: with or without hamza and tanween (اقرأ أيضاً / إقرأ أيضا / اقرا ايضا), with tatweel,
with a trailing colon. The HTML extractor and the plain-text segmenter both use these functions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .agencies import COLLECTIVE_HEADS
from .arabic import UNREAD_IN_RAW, as_plain_letters, clean, fold
from .marks import WORD, tokens

READ_ALSO = "read_also"
SIMILAR = "similar"
MORE = "more"
# The site's other stories ("أخبار أخرى", "تقارير أخرى"): the heading says nothing of this story, so where the
# list stands decides (after the body, in the article's region: this story's; elsewhere: the site's).
OTHER = "other"
# The editors' picks ("اخترنا لك", "مختارات المحرر"): set between the body's paragraphs, offered in this story's
# course (read_also); elsewhere the site's.
PICKS = "picks"
# Kinds a heading gives whatever list it heads: the site's, or decided by where the list stands.
UNTIED = frozenset((MORE, OTHER, PICKS))

# Cues are read as phrases of a small grammar over folded words, not matched against a list: a
# read-also cue is a reading verb and its adverb (اقرأ أيضاً، طالع المزيد، شاهد كذلك) or an offer of
# interest (قد يهمك، يهمك أيضا، للمزيد); a related heading is a noun of stories and a word of relation
# (أخبار متعلقة، قصص ذات صلة، مواضيع مشابهة) or a phrase about this story (المزيد حول هذا الموضوع); a
# site-wide heading is a superlative or a recency over the site (الأكثر …، آخر الأخبار، أحدث المستجدات).
_VERBS = frozenset(("اقرا", "اقراي", "اقراوا", "طالع", "طالعوا", "شاهد", "شاهدوا", "تابع", "تابعوا", "اطلع", "راجع",
                    "تصفح", "استمع", "انظر", "اكتشف",
                    "شوف", "شوفوا", "شوفي"))      # the dialects' "see": شوف كذلك
# What a verb of reading or viewing offers, defined: "شاهد الفيديو", "اقرأ التفاصيل", "اقرأ القصة كاملة".
_OFFERED = frozenset(("الفيديو", "التفاصيل", "الصور", "التقرير", "القصه", "الخبر"))
_VERB_ALONE = frozenset(("اقرا", "طالع"))           # a verb that is a cue with nothing after it
_ADVERBS = frozenset(("ايضا", "كذلك", "المزيد", "اكثر", "ايضا:", "بالمزيد", "المزيد:", "مزيدا",
                      "كمان", "برضه", "برضو",    # also in the dialects: اقرأ كمان
                      "بالتفصيل", "بالتفاصيل"))  # in detail: اقرأ بالتفصيل
# "You are interested" ("قد تهتم أيضاً بـ"): after a modal only ("تهتم الوزارة …" opens a sentence).
_INTERESTED = frozenset(("تهتم", "تهتمون", "تهتمين"))
_INTEREST_HEAD = frozenset(("يهمك", "يهمكم", "يعجبك", "يعجبكم", "يستهويك", "تهمك", "تهمكم", "تعجبك", "تعجبكم",
                            "يفيدك", "يفيدكم", "تفيدك", "تفيدكم",      # of use to you: "قد تفيدك"
                            "تستهويك"))
# Words after a noun of stories that make a list site-wide: "أخبار عاجلة", "الأخبار الرئيسية".
_SITE_QUALIFIERS = frozenset(("عاجله", "العاجله", "الرئيسيه", "رئيسيه", "الاهم", "المختاره", "مختاره", "الرائجه",
                              "رائجه", "اليوم", "الساعه", "المحليه", "العالميه", "الدوليه",
                              "الاسبوع", "الشهر",                              # a span of time: أخبار الأسبوع
                              "المتداوله", "متداوله", "الجاريه", "الراهنه",    # in circulation, current
                              "الصحف",                                         # the press review: عناوين الصحف
                              "متفرقه", "المتفرقه", "متنوعه", "المتنوعه", "منوعه", "المنوعه", "شتي",  # assorted
                              "مميزه", "المميزه",                              # featured: فيديوهات مميزة
                              "بارزه", "البارزه",                              # prominent: العناوين البارزة
                              "مباشره", "المباشره", "ساخنه", "الساخنه",       # live, hot: تغطيات مباشرة
                              "حيه", "الحيه",
                              "اخيره", "الاخيره",                              # the latest: الأخبار الأخيرة
                              "شائعه", "الشائعه",                              # trending: مواضيع شائعة
                              "خاصه", "الخاصه",                                # special: تغطية خاصة
                              "سريعه", "السريعه", "مختصره", "المختصره"))       # quick, brief: روابط سريعة
# The reader's interest or attention, a verb's object ("قد يثير اهتمامك", "قد يلفت انتباهكم").
_YOUR_INTEREST = frozenset(("اهتمامك", "اهتمامكم", "انتباهك", "انتباهكم"))
# Particles and verbs of possibility before a wish to read ("قد تود قراءة", "يمكنك أيضا قراءة").
_MODALS = frozenset(("قد", "ربما", "يمكنك", "يمكنكم"))
NISBA = "يه"                    # the folded ending of a feminine adjective of relation: رياضية، الكويتية
MIN_KIND_LETTERS = 4            # an adjective of a field of news: "فنيه" and longer ("حيه" is live, not a field)
MIN_VERBAL_NOUN_LETTERS = 5     # "لمعرفة": the preposition ل and a verbal noun of four letters or more
_MISS = frozenset(("تفوت", "تفوتك", "تفوتكم", "يفوتك", "يفوتكم"))     # "لا تفوتك": do not miss
_FORGET = frozenset(("تنس", "تنسي", "تنسوا", "تنسى"))                 # "لا تنسَ قراءة": do not forget
# "من المهم أن تقرأ": it matters, it is of use, that you read (the verb in the second person)
_WORTH = frozenset(("المهم", "المفيد"))
_YOU_READ = frozenset(("تقرا", "تقراي", "تقراوا", "تطالع", "تطلع", "تشاهد", "تتابع"))
_FOR_MORE = frozenset(("للمزيد", "لمزيد", "للاستزاده", "لقراءه"))
_STORY_NOUNS = frozenset(("مقالات", "مواضيع", "موضوعات", "اخبار", "قصص", "تقارير", "روابط", "فيديوهات", "مقاطع",
                          "تدوينات", "منشورات", "عناوين", "قراءات", "ملفات", "تغطيات", "مقال", "خبر", "موضوع",
                          "تقرير", "احداث", "مواد", "تغطيه", "رابط", "متابعات"))
_RELATION: tuple[str, ...] = (
    "ذات صله", "ذو صله", "ذات علاقه", "على صله", "علي صله", "متعلقه", "مشابهه", "مرتبطه", "مماثله",
    "قريبه", "متصله", "ذات الصله", "بنفس الموضوع", "في نفس الموضوع", "من نفس الموضوع", "مقترحه", "متشابهه",
    "شبيهه", "مناظره",                                   # alike: "مقالات شبيهة"
    "ذات ارتباط", "على ارتباط", "علي ارتباط",            # in connection: "أخبار على ارتباط"
    "لها صله", "له صله", "لها علاقه", "له علاقه",        # having a relation: "روابط لها صلة"
    "وثيقه صله", "وثيق صله",                              # closely related (ال is dropped before matching)
    "مكمله", "تكميليه",                                   # complementary: "تقارير مكملة"
    "مرافقه", "مصاحبه",                                   # accompanying: "تغطيات مرافقة"
)
_RECOMMEND = frozenset(("ننصح", "ننصحك", "ننصحكم", "نرشح", "نقترح", "ترشيحات", "مقترحات", "اقتراحات", "موصى",
                        "انصحك", "انصحكم", "ارشح"))     # the first person singular too: "أنصحك بقراءة"
# A story suggested or chosen for the reader, in the singular: "مقترح لك", "مختارة لكم" (with لك only: "مقترح
# قانون" is a bill).
_SUGGESTED = frozenset(("مقترح", "مقترحه", "مختار", "مختاره", "موصي", "موصيه"))
# Imperatives of clicking, before a verbal noun of reading on ل ("اضغط هنا لقراءة", "انقر للمزيد"); alone, or
# before anything else, a prompt (boilerplate).
_CLICK = frozenset(("اضغط", "اضغطي", "اضغطوا", "انقر", "انقري", "انقروا"))
# Verbs of liking or wishing in the second person after a modal ("قد تحب أيضاً", "ربما تود"), the line's end or
# an adverb after them (with an object they narrate: "قد تحب الطبخ").
_LIKE = frozenset(("تحب", "تحبين", "تحبون", "تود", "تودين", "تودون"))
# A verb or a participle of relation with ب and this story: "يرتبط بهذا الخبر", "مرتبط بالقضية".
_LINKED = frozenset(("يرتبط", "ترتبط", "يتعلق", "تتعلق", "يتصل", "تتصل", "مرتبط", "متعلق", "متصل"))
_THIS_STORY = frozenset(("هذا", "هذه", "ذات", "نفس"))
_THIS_STORYS = frozenset(("التفاصيل", "المعلومات"))     # "المزيد من التفاصيل": more of this story's own
_SUPERLATIVE = frozenset(("الاكثر", "الاشهر", "الاعلي"))
_ELATIVES = frozenset(("اشهر", "اكثر", "اعلي"))     # an elative that heads the site's lists alone, with ال
_RECENCY = frozenset(("اخر", "احدث", "اهم", "ابرز", "جديد", "اخبار"))
_SITE_NOUNS = frozenset(("الاخبار", "المستجدات", "الاحداث", "المقالات", "الموضوعات", "العناوين", "ما", "التحديثات",
                         "المواضيع", "القصص", "الفيديوهات", "التقارير", "الاخباريه",
                         "الموقع", "البوابه", "المنصه",       # the site itself: "جديد الموقع"
                         "الصور", "الفيديو"))                 # its galleries: "ألبومات الصور", "مكتبة الفيديو"
_SITE_PHRASES = ("عاجل", "الاخبار العاجله", "الاخبار الرئيسيه",
                 "زوارنا يقراون الان", "زوارنا يقرؤون الان",
                 "الرائج", "رائج الان", "الاكثر رواجا", "الشائع", "شائع الآن", "ترند", "تريند",
                 "في الواجهه", "شاهد ايضا من",
                 "النشره البريديه", "القائمه البريديه", "نشرتنا البريديه", "نشرتنا",   # the mailing list, our bulletin
                 "منوعات", "متفرقات")                       # a miscellany: the site's assorted stories
# The editors' picks: nothing of this story in the words, so where they stand decides (PICKS).
# Verbal nouns of reading or viewing a modal offers ("يمكنك الاطلاع على", "قد تود مطالعة"), without ال.
_READING = frozenset(("قراءه", "اطلاع", "مطالعه", "تصفح", "مشاهده", "متابعه"))
_READINGS = frozenset(("قراءات", "قراءه"))        # "مزيد من القراءات": further reading (read without "ال")
# "Additional": after reading or a noun of stories, further reading ("قراءة إضافية", "روابط إضافية").
_ADDITIONAL = frozenset(("اضافيه", "اضافي"))
# Between a modal and its verbal noun: a verb of wishing in the second person (تود، ترغب، تحب: its ت), "in",
# "also".
_WISH_LINKS = frozenset(("في", "ايضا", "كذلك"))
# "لمن فاته", "إن فاتك", "في حال فاتك": whoever missed it, if you missed it (the verb فات, any person).
_IF_WHO = frozenset(("لمن", "ان", "اذا", "لو"))
_MISSED = "فات"
MAX_MISSED_LETTERS = 5        # "فاتتك", "فاتكم": the verb and its pronoun, never "فاتورة"
MIN_IMPERATIVE_LETTERS, MAX_IMPERATIVE_LETTERS = 3, 6     # an imperative no list holds: "تعرّف", "استعرض"
MIN_PRESENT_VERB_LETTERS = 4  # a verb in the present before a verbal noun of reading: "ينصح", "ندعوك"
MAX_SECTION_WORDS = 3         # "صور وفيديو", "فن وثقافة ومجتمع": sections joined by و
MIN_SECTION_LETTERS = 2       # "فن": a section's name may be that short
# "أيضاً على موقعنا": also, a preposition, and the site itself (defined, or "our": its taa marbuta then ت).
_ON = frozenset(("علي", "في", "عبر"))
_SITE_ITSELF = frozenset(("موقع", "بوابه", "منصه", "صفحه", "جريده", "شبكه"))
# Lists that are the site's by whom they come from or what they are: the opinion section ("مقالات الرأي"), the
# partners' ("أخبار الشركاء"), advertising ("إعلانات", "محتوى مدعوم").
_NOT_CHOSEN_FOR_IT = frozenset(fold(w) for w in ("الرأي", "الشركاء", "شركائنا", "شركاؤنا"))
_ADS = frozenset(fold(w) for w in ("إعلانات", "إعلان", "الإعلانات"))
_FOLLOW_US = frozenset(("تابعونا", "تابعنا", "تابعينا"))     # "follow us": the site's own channels
_SPONSORED = frozenset(fold(w) for w in ("مدعوم", "مدعومة", "ممول", "ممولة", "برعاية", "مدفوع", "مدفوعة"))
# "Of the hour": what is current on the site ("حديث الساعة", "قضية الساعة"). Not "اليوم": a menu's sections
# are named so ("عيادة اليوم", "صحف اليوم").
_NOW = frozenset(("الساعه",))
# The site's galleries by their medium and their period ("صور اليوم", "كاريكاتير الأسبوع"), never "صور" alone (a
# menu's item, a gallery of the story itself).
_GALLERY_NOUNS = frozenset(fold(w) for w in ("صور", "صورة", "فيديو", "كاريكاتير", "إنفوجراف", "انفوغراف"))
_PERIODS = frozenset(fold(w) for w in ("اليوم", "الأسبوع", "الشهر"))
# The site's audience: "اهتمامات القراء", "اختيارات الزوار".
_AUDIENCE = frozenset(("القراء", "الزوار", "المتابعين", "المتابعون", "الجمهور", "زوارنا", "قرائنا", "قراءنا"))
_PICKS_PHRASES = ("اخترنا لك", "اخترنا لكم", "مختارات", "ترشيحاتنا", "المحرر يختار", "اختيارات المحرر",
                  "مختارات المحرر",
                  "من نفس القسم", "من القسم نفسه")   # the story's section: placed in the body, read-also


_EARLIER = frozenset(("سابق", "سابقه"))        # earlier stories: "خبر سابق", "تغطيات سابقة"
_CHOSEN = frozenset(("مختاره", "منتقاه"))      # chosen, selected ...
_FOR_YOU = frozenset(("لك", "لكم"))            # ... for you: "مقالات مختارة لك"
_AMONG = frozenset(("من", "ومن"))              # "among": ومن المواضيع ذات الصلة
_OF_WHAT = frozenset(("مما", "ومما"))         # "of what", "and of what": مما قد يهمك
# First words of a cue that و may be written on and the cue stays one: not a verb whose past tense is spelled
# as its imperative ("وتابع", "وشاهد": "and he went on", "and he saw" open a narrative).
# The imperatives of reading that open a cue whatever follows ("اقرأ حول الموضوع …"); تابع, شاهد, اطلع are
# also a narrative's past tense ("تابع في هذا الملف قائلا …"), so with them the cue must be the whole line.
_READ_IMPERATIVES = frozenset(("اقرا", "اقراي", "اقراوا", "طالع", "طالعوا"))
# The story itself, named by its definite noun after "about": "اقرأ حول الموضوع", "اقرأ عن القضية".
_THE_STORY = frozenset(("الموضوع", "الخبر", "المقال", "التقرير", "القضيه", "الملف", "القصه", "الازمه", "الحدث",
                        "السياق", "التغطيه"))     # its context, its coverage: "اقرأ في السياق", "تابع التغطية"
# The site's galleries named alone, in the plural of a collection ("فيديوهات", "ألبومات"), and the formats the site
# publishes under a name of their own ("بودكاست", "إنفوغراف", "كاريكاتير"): a section of the site. A singular
# gallery ("فيديو", "صور") alone is a story's kicker, no heading; a format's kicker inside a card heads nothing
# (the card's own link stands beside it).
_GALLERY_SECTIONS = frozenset(("فيديوهات", "البومات", "مالتيميديا", "ملتيميديا",
                               "بودكاست", "بودكاستات", "انفوغراف", "انفوجراف", "انفوغرافيك", "انفوجرافيك",
                               "كاريكاتير", "كاريكاتور"))
_AFTER = "بعد"                                            # "اقرأ بعد": read after this
_MARGIN = "الهامش"                                        # "على الهامش": on the story's margin
_VIEW, _RIGHT_NOW = frozenset(("شاهد", "شاهدوا", "شاهدي")), "الان"     # "watch now", the whole heading
_WITH_US = frozenset(("معنا", "لدينا", "عندنا", "لنا"))    # "إقرأ معنا أيضاً": read with us, too
_DESERVES = frozenset(("يستحق", "تستحق"))                   # "يستحق القراءة": worth reading
# "What was written about the story" ("ما كتب حول الموضوع"): "what", a passive verb of writing or saying, about.
_WRITTEN = frozenset(("كتب", "نشر", "قيل", "ورد", "جاء"))
_ABOUT = frozenset(("حول", "عن", "في"))
# Stories that treated the story ("مقالات تناولت الموضوع", "تقارير تطرقت إلى القضية"): a verb of treating.
_TREATED = frozenset(("تناولت", "تتناول", "تناول", "يتناول", "ناقشت", "تناقش", "تطرقت", "تتطرق", "تحدثت"))
_WITH_SAME = frozenset(("بنفس", "بذات"))                  # "أخبار بنفس الوسم": with the same tag
_WITHIN = frozenset(("ضمن", "في", "من"))                   # "ضمن هذا الملف": within this story's file
# The story's background or context: "خلفيات الخبر", "سياق القضية", "جذور الأزمة".
_BACKGROUND = frozenset(("خلفيات", "خلفيه", "سياق", "جذور"))
# "What do you think of reading" ("ما رأيك بقراءة"), "have you read" ("هل قرأت"): questions offering reading.
_YOUR_VIEW = frozenset(("رايك", "رايكم"))
_UPON_YOU = frozenset(("عليك", "عليكم"))     # folded "عليك": upon you, you should
_YOU_READ_PAST = frozenset(("قرات", "قراتم", "قراتي", "طالعت", "طالعتم", "شاهدت", "شاهدتم", "تابعت", "اطلعت"))
# The site's standing corners and guides, each a noun and what it is of: "ركن المرأة", "عالم السيارات", "دليل
# المطاعم", "ملحق الرياضة", "زاوية الكتاب". (Not a service's widget, "مواقيت الصلاة": a menu's link reads so, and
# no list of stories is headed by it.)
_SECTION_HEADS = frozenset(fold(w) for w in ("ركن", "عالم", "زاوية", "ملحق", "دليل"))
# "The original" (folded): the copy as first published elsewhere ("المقال الأصلي"), a source's, never a cue's.
ORIGINAL = frozenset(("الاصلي", "الاصليه"))
_TO_YOU = frozenset(("اليك", "اليكم"))                      # "إليك أيضاً": here is for you, too
_DEVELOPMENTS = frozenset(("مستجدات", "تطورات", "متابعات"))  # of the story: "مستجدات الملف"
_THE_DEVELOPMENTS = "التطورات"
_HERE = "هنا"
_THIS_ONE = frozenset(("هذا", "هذه", "ذلك", "تلك"))      # "هذا أيضاً قد يهمك": this (or that), too, may interest you
_AFTER_AND = frozenset(("اقرا", "اقراي", "اقراوا", "في", "قد", "ربما", "لا", "يمكنك", "يمكنكم", "مما"))


def _folded(words) -> frozenset:
    """The grammar's words and phrases as text is folded (ئ -> ي, ؤ -> و), whatever spelling they are
    written in here."""
    return frozenset(fold(w) for w in words)


_VERBS, _VERB_ALONE, _ADVERBS, _INTEREST_HEAD, _FOR_MORE, _STORY_NOUNS, _RECOMMEND, _SUPERLATIVE, _RECENCY, \
    _SITE_NOUNS, _SITE_QUALIFIERS, _READING, _IF_WHO, _NOW, _AUDIENCE = map(
        _folded, (_VERBS, _VERB_ALONE, _ADVERBS, _INTEREST_HEAD, _FOR_MORE, _STORY_NOUNS, _RECOMMEND, _SUPERLATIVE,
                  _RECENCY, _SITE_NOUNS, _SITE_QUALIFIERS, _READING, _IF_WHO, _NOW, _AUDIENCE))
def _both_genders(phrases) -> set[str]:
    """Phrases of relation with ذات (feminine) and ذو (masculine) alike: "ذات علاقة", "ذو علاقة"."""
    out = set(phrases)
    for p in phrases:
        first, _, rest = p.partition(" ")
        if first in ("ذات", "ذو") and rest:
            out.add(("ذو " if first == "ذات" else "ذات ") + rest)
    return out


# The imperatives in the plural and the feminine too: "تصفحوا أيضاً", "طالعي كذلك".
_VERBS = _VERBS | {v + "وا" for v in _VERBS if not v.endswith(("وا", "ي"))} \
    | {v + "ي" for v in _VERBS if not v.endswith(("وا", "ي"))}
_RELATION = tuple(sorted(_both_genders(_folded(_RELATION)), key=lambda p: -len(p.split())))
_ALONE_RELATIONS = tuple(_both_genders(("ذات صله", "ذو صله", "ذات علاقه", "على صله", "علي صله", "ذات الصله")))
# "The same": after a definite noun ("المنوال ذاته"), or before it ("ذات الموضوع").
_SAME_AFTER = frozenset(("ذاته", "نفسه", "ذاتها", "نفسها"))
_SAME_BEFORE = frozenset(("ذات", "نفس"))
# The words of relation that make a heading of any noun before them (not "قريبة", "مقترحة": a place
# near, a plan proposed).
_RELATION_ADJECTIVES = tuple(p for p in _RELATION if p.split()[0] not in ("قريبه", "مقترحه", "بنفس", "في", "من"))
# The same words agreeing with a singular masculine noun ("خبر مرتبط", "مقال متعلق"): without the taa marbuta.
_MASCULINE_RELATIONS = frozenset(p[:-1] for p in _RELATION if " " not in p and p.endswith("ه"))
_SITE_PHRASES = tuple(sorted(_folded(_SITE_PHRASES), key=lambda p: -len(p.split())))
_PICKS_PHRASES = tuple(sorted(_folded(_PICKS_PHRASES), key=lambda p: -len(p.split())))


_PHRASES_BY_FIRST: dict[tuple[str, ...], dict[str, list[list[str]]]] = {}


def _phrase(words: list[str], i: int, phrases: tuple[str, ...]) -> int:
    """Words taken by the first of ``phrases`` (folded, space-separated) that starts at word ``i``."""
    index = _PHRASES_BY_FIRST.get(phrases)
    if index is None:
        index = _PHRASES_BY_FIRST[phrases] = {}
        for p in phrases:
            index.setdefault(p.split()[0], []).append(p.split())
    if i >= len(words):
        return 0
    for parts in index.get(words[i], ()):
        if words[i:i + len(parts)] == parts:
            return len(parts)
    return 0


def _interest(words: list[str], i: int) -> int:
    """Words taken by an offer of interest at word ``i`` ("قد يهمك أيضاً", "تعجبك", "ربما تهمكم"), or 0."""
    j = i + 1 if i < len(words) and words[i] in ("قد", "ربما", "ممكن") else i   # "ممكن": the dialects' modal
    if words[i:i + 2] == ["يمكن", "ان"]:
        j = i + 2                # "يمكن أن يعجبك": a modal of possibility and "that"
    if j + 1 < len(words) and words[j][:1] in "يت" and words[j + 1] in _YOUR_INTEREST:
        j += 1                   # "قد يثير اهتمامك": a verb that stirs the reader's interest, its object after it
    elif j >= len(words) or words[j] not in _INTEREST_HEAD and not (j > i and words[j] in _INTERESTED) \
            and not (words[j][:1] == "ب" and words[j][1:] in _INTEREST_HEAD):     # "بتهمك": the dialects' present
        return 0
    j += 1 if j + 1 < len(words) and words[j + 1] in _ADVERBS else 0
    j += 1 if j + 1 < len(words) and words[j + 1] in _READING else 0     # "قد تهمك قراءة"
    return j - i + 1


def _kind_of_news(word: str) -> bool:
    """An indefinite adjective of relation after a noun of stories, feminine as their plural takes it, that no
    phrase of relation reads ("رياضية", "اقتصادية", "محلية"): a field of the site's news, a section's, not this
    story's. (Not any adjective: "روابط مفيدة", useful links, may be this story's.)"""
    return not word.startswith("ال") and word.endswith(NISBA) and len(word) >= MIN_KIND_LETTERS


def _relation_at(words: list[str], i: int, phrases: tuple[str, ...] = ()) -> int:
    """Words taken by a phrase of relation (``_RELATION``, or ``phrases``) at word ``i``, read without the article
    ("ذات الصلة" as "ذات صلة"), or 0."""
    return _phrase([w.removeprefix("ال") for w in words], i, phrases or _RELATION)


def _the_same(words: list[str], i: int) -> int:
    """Words taken by "the same" and a definite noun at word ``i``, in either order ("نفس الباب", "الإطار
    ذاته"), or 0."""
    if i + 1 >= len(words):
        return 0
    a, b = words[i], words[i + 1]
    return 2 if a in _SAME_BEFORE and b.startswith("ال") or a.startswith("ال") and b in _SAME_AFTER else 0


def _about_the_story(words: list[str], i: int) -> int:
    """Words taken by the story after "about" at word ``i``: "this" and its noun ("هذا الموضوع"; "this" alone
    at the line's end), or the story's definite noun ("الموضوع", "القضية"); else 0."""
    if i >= len(words):
        return 0
    if words[i] in _THIS_STORY:
        return 2 if i + 1 < len(words) else 1
    return 1 if words[i] in _THE_STORY else 0


def _narrowed_to_the_story(words: list[str], i: int) -> int:
    """Words taken by what narrows the site's latest to this story at word ``i``: the story's definite noun
    ("آخر أخبار الموضوع"), about it ("… عن القضية", after a verb of writing: "أحدث ما كتب عن القضية"), or a
    word of relation ("… المتعلقة"); else 0."""
    j = i + 1 if i < len(words) and words[i] in _WRITTEN else i
    if j < len(words) and words[j] in _THE_STORY:
        return j - i + 1
    if j < len(words) and words[j] in _ABOUT and (m := _about_the_story(words, j + 1)):
        return j - i + 1 + m
    if (m := _relation_at(words, j)):
        return j - i + m
    return 0


def _for_more(words: list[str]) -> int:
    """Words taken by "for" on a verbal noun and "more" ("لمتابعة المزيد", "للاطلاع على المزيد"), or 0."""
    if len(words) < 2 or not words[0].startswith("ل") or len(words[0]) < MIN_VERBAL_NOUN_LETTERS:
        return 0
    j = 2 if words[1] in ("علي", "عن", "الي") and len(words) > 2 else 1
    return j + 1 if words[j] in _MORE_WORDS else 0


_MORE_WORDS = frozenset(("المزيد", "مزيد", "اكثر"))     # "لمتابعة المزيد", "للاطلاع أكثر"


def _reading_on_l(word: str) -> bool:
    """Is a folded word a verbal noun of reading on the preposition ل ("للاطلاع", "لقراءة", "للمطالعة")?"""
    return word.startswith("ل") and (word[1:] in _READING or word.startswith("لل") and word[2:] in _READING)


def _click_to_read(words: list[str]) -> int:
    """Words taken by an imperative of clicking ("here" or not) and a verbal noun of reading on ل or "for more"
    after it ("اضغط هنا لقراءة", "انقر للمزيد", "اضغط لقراءة المزيد"), or 0."""
    if words[0] not in _CLICK:
        return 0
    k = 2 if len(words) > 1 and words[1] == _HERE else 1
    if k >= len(words) or not (_reading_on_l(words[k]) or words[k] in _FOR_MORE):
        return 0
    return k + 2 if k + 1 < len(words) and words[k + 1] in _MORE_WORDS else k + 1


def _ranking(words: list[str]) -> bool:
    """An elative with the article and the accusative of what it ranks, nothing more ("الأوسع انتشاراً", "الأشد
    تأثيراً"): the elative's measure (ال, its alef, its root's letters), the accusative's indefinite alef."""
    return len(words) == 2 and len(words[0]) in _ELATIVE_LETTERS and words[0].startswith("الا") \
        and (not words[1].startswith("ال") and words[1].endswith("ا") and len(words[1]) >= MIN_VERBAL_NOUN_LETTERS
             or words[1] in _READING)          # "الأوفر قراءة": what it ranks, a verbal noun of reading itself


# "الاوسع": ال, the elative's alef and three letters of its root; two when its last two are one, doubled ("الأشد")
_ELATIVE_LETTERS = (5, 6)


def _reading_offered(words: list[str]) -> int:
    """Words taken by a verbal noun of reading after a modal at word 0 and the wish between them ("يمكنك
    الاطلاع على", "قد تود قراءة", "ربما ترغب في مطالعة"), or 0."""
    for k in range(1, min(4, len(words))):
        word = words[k]
        if word.removeprefix("ال") in _READING:
            return k + 2 if k + 1 < len(words) and words[k + 1] == "علي" else k + 1
        if word not in _WISH_LINKS and not word.startswith("ت"):
            return 0
    return 0


def _missed(words: list[str]) -> int:
    """Words taken by "for whoever missed it", "if you missed it" or "you may have missed it" ("لمن فاته", "إن
    فاتك", "في حال فاتك", "ربما فاتك"), or 0."""
    k = 2 if words[:2] == ["في", "حال"] else 1 if words[0] in _IF_WHO or words[0] in ("ربما", "قد", "هل") else 0
    return k + 1 if k and len(words) > k and words[k].startswith(_MISSED) and len(words[k]) <= MAX_MISSED_LETTERS \
        else 0


_AT_THE_SITE = ("علي", "في", "من")


def _site_at(words: list[str], i: int, prepositions: tuple[str, ...] = _AT_THE_SITE) -> bool:
    """Are words ``i`` and ``i + 1`` a preposition and the site itself ("على الموقع", "في موقعنا", "من المنصة")?"""
    return len(words) > i + 1 and words[i] in prepositions and _is_the_site(words[i + 1])


def _on_the_site(words: list[str], i: int) -> bool:
    """Do the words from ``i`` on say "on the site" and nothing more?"""
    return len(words) == i + 2 and _site_at(words, i)


def _is_the_site(word: str) -> bool:
    """Is a folded word the site itself: "الموقع", "موقعنا", "بوابتنا"?"""
    if word.startswith("ال"):
        return word[2:] in _SITE_ITSELF
    if word.endswith("نا"):
        stem = word[:-2]
        return stem in _SITE_ITSELF or stem.endswith("ت") and stem[:-1] + "ه" in _SITE_ITSELF
    return False


_BULLETIN = "نشره"
# Nouns of the opinion pages and the press ("آراء", "أقلام", "أعمدة", "كتاب", "صحف", "مجلات"); a heading made of
# them alone (joined by و, with ال or not, "مقالات" among them) is a section of the site.
_SECTION_NOUNS = frozenset(fold(w) for w in ("آراء", "رأي", "أقلام", "أعمدة", "كتاب", "صحف", "مجلات", "جرائد"))


def _sections_only(words: list[str]) -> bool:
    """Are ``words`` two or three nouns of the site's sections, joined by و ("آراء ومقالات", "صحف ومجلات")?"""
    if not 2 <= len(words) <= 3 or not all(w.startswith("و") for w in words[1:]):
        return False
    bare = [w.removeprefix("و").removeprefix("ال") for w in words]
    return all(b in _SECTION_NOUNS or b == "مقالات" for b in bare) and any(b in _SECTION_NOUNS for b in bare)


# A theme's untranslated English headings on an Arabic page ("Related Posts", "You may also like", "Most read"),
# folded (lowercase, no punctuation: "don't" is "don t"), read by a grammar as small as the Arabic one's.
_EN_STORIES = frozenset(("posts", "post", "articles", "article", "news", "stories", "story", "content", "links",
                         "reading", "reads", "topics", "items", "videos"))
_EN_SITE_WIDE = frozenset(("latest", "recent", "trending", "popular", "top", "newest", "breaking"))
_EN_MOST = frozenset(("read", "popular", "viewed", "shared", "commented", "watched", "recent", "emailed"))
_EN_ALONE = frozenset(("newsletter", "sponsored", "advertisement", "advertising"))


# And a Maghreb site's French ones ("À lire aussi", "Articles similaires", "Les plus lus"): folded, with their
# accents ("à lire aussi", "dernières nouvelles").
_FR_READ = frozenset(("lire", "voir"))
_FR_ALSO = frozenset(("aussi", "également", "egalement"))
_FR_STORIES = frozenset(("articles", "article", "actualités", "actualites", "nouvelles", "infos", "sujets"))
_FR_SAME = frozenset(("même", "meme"))
_FR_MOST = frozenset(("lus", "populaires", "commentés", "commentes", "partagés", "partages", "vus"))


def _french_cue(words: list[str]) -> tuple[str, int] | None:
    """(kind, words taken) of a French heading, else None."""
    k = 1 if words[0] in ("à", "a") and len(words) > 1 and words[1] in _FR_READ else 0    # "À lire aussi"
    if len(words) > k + 1 and words[k] in _FR_READ and words[k + 1] in _FR_ALSO:
        return READ_ALSO, k + 2
    w0, w1 = words[0], words[1] if len(words) > 1 else ""
    if w0 in _FR_STORIES and w1 in ("similaires", "liés", "lies", "connexes", "associés", "associes"):
        return SIMILAR, 2
    if w0 in ("sur", "dans") and w1 in ("le", "la") and len(words) > 3 and words[2] in _FR_SAME:
        return SIMILAR, 4                                   # "Sur le même sujet", "Dans le même dossier"
    if w0 == "vous" and w1 in ("aimerez", "aimeriez", "pourriez"):
        return SIMILAR, len(words[:4])
    if (w0, w1) == ("les", "plus") and len(words) > 2 and words[2] in _FR_MOST:
        return MORE, 3
    if w0 in ("dernières", "dernieres", "derniers", "derniere", "dernière") and w1 in _FR_STORIES:
        return MORE, 2
    if words[:3] in (["à", "la", "une"], ["a", "la", "une"]) or words[:2] == ["suivez", "nous"]:
        return MORE, 3 if w1 == "la" else 2
    return None


def _english_cue(words: list[str]) -> tuple[str, int] | None:
    """(kind, words taken) of a theme's English heading, else None."""
    w0, w1 = words[0], words[1] if len(words) > 1 else ""
    w2 = words[2] if len(words) > 2 else ""
    if (w0, w1) in (("read", "also"), ("also", "read"), ("see", "also"), ("read", "more"), ("further", "reading")):
        return READ_ALSO, 2
    if words[:3] == ["don", "t", "miss"] or words[:2] == ["dont", "miss"]:
        return READ_ALSO, 3 if w0 == "don" else 2
    if w0 in ("related", "similar") and (not w1 or w1 in _EN_STORIES):
        return SIMILAR, 2 if w1 else 1
    if w0 == "you" and w1 in ("may", "might", "could") and (w2 in ("like", "enjoy", "also", "be")):
        return SIMILAR, len(words[:6])
    if w0 == "recommended" and (not w1 or w1 in ("for", "reading") or w1 in _EN_STORIES):
        return SIMILAR, len(words[:3])
    if w0 == "more" and (w1, w2) in (("on", "this"), ("about", "this"), ("like", "this")):
        return SIMILAR, 4 if len(words) > 3 and w2 == "this" and words[3] in ("story", "topic", "subject") else 3
    if w0 == "most" and w1 in _EN_MOST:
        return MORE, 2
    if w0 in _EN_SITE_WIDE and (not w1 or w1 in _EN_STORIES or w1 == "now"):
        return MORE, 2 if w1 else 1
    if w0 == "more" and w1 in ("from", "in"):
        return MORE, 2
    if (w0, w1) == ("follow", "us") or len(words) == 1 and w0 in _EN_ALONE:
        return MORE, len(words[:2])
    if w0 in ("editor", "editors") and w1 in ("s", "picks", "choice"):
        return PICKS, 3 if w1 == "s" else 2
    return None


def parse_cue(words: list[str]) -> tuple[str, int] | None:
    """(kind, words the cue takes) when folded ``words`` open with a related-list cue, else None."""
    if not words:
        return None
    w0 = words[0]
    if w0.isalpha() and all(ch < "\u0250" for ch in w0):     # a word in Latin letters, accented or not
        return _french_cue(words) or _english_cue(words)
    w1 = words[1] if len(words) > 1 else ""
    if len(w0) > 1 and w0[0] == "و" and (w0[1:] in _AFTER_AND or w0[1:] in _FOR_MORE):
        return parse_cue([w0[1:], *words[1:]])          # "واقرأ أيضاً", "وفي السياق ذاته": and, then the cue
    if w0 in _AMONG and w1.startswith("ال") and (found := parse_cue(words[1:])) and found[0] in (SIMILAR, READ_ALSO):
        return found[0], found[1] + 1               # "ومن المواضيع ذات الصلة": among the related stories
    if (w0 in _OF_WHAT or w0 == "ما") and w1 in _LINKED and len(words) > 2 and words[2] in _WITH_THIS:
        return SIMILAR, 4 if words[3:4] and words[3] in _THE_STORY else 3    # "مما يتصل بهذا (الخبر)"
    if w0 in _OF_WHAT and w1:
        # "مما قد يهمك": "of what" before an offer of reading opens the same cue
        found = parse_cue(words[1:])
        return (READ_ALSO, found[1] + 1) if found and found[0] == READ_ALSO else None
    if (n := _phrase(words, 0, _PICKS_PHRASES)) or w0.startswith("ال") \
            and (n := _phrase([w0[2:], *words[1:]], 0, _PICKS_PHRASES)):
        return PICKS, n                                     # "المختارات" as "مختارات"
    n = _phrase(words, 0, _SITE_PHRASES)
    if n and not (words[0] == "شاهد" and len(words) < 3):
        # a site's list, unless an offer of interest follows: "أخبار أخرى ربما تهمك" is chosen for this story
        return (SIMILAR, n + m) if words[0] in _STORY_NOUNS and (m := _interest(words, n)) else (MORE, n)
    if w0 in _SUPERLATIVE:
        return MORE, 2 if w1 else 1
    if len(words) == 1 and (w0 in _GALLERY_SECTIONS or w0.removeprefix("ال") in _GALLERY_SECTIONS):
        return MORE, 1                                      # "فيديوهات": the site's gallery
    if len(words) == 2 and w0 in _VIEW and w1 == _RIGHT_NOW:
        return MORE, 2                                      # "شاهد الآن": the site's video box, nothing of this story
    if _ranking(words) or len(words) == 2 and w0.startswith("ال") and w0[2:] in _RECENCY | _ELATIVES \
            and w1.endswith("ا") and not w1.startswith("ال"):
        return MORE, 2                                      # "الأوسع انتشاراً", "الأحدث نشراً": the site's ranking
    if w0 in ("المزيد", "مزيد") and w1 in _ON and len(words) > 2 and _is_the_site(words[2]):
        return READ_ALSO, 3                                 # "المزيد على موقعنا", as "أيضاً على موقعنا"
    if w0 == "من" and w1.removeprefix("ال") in _ARCHIVE and (len(words) == 2 or _is_the_site(words[2])):
        return READ_ALSO, 3 if len(words) > 2 else 2        # "من أرشيف الموقع": older stories of it, placed
    if w0 in _TO_YOU and w1 in _ADVERBS:
        return READ_ALSO, 2                                 # "إليك أيضاً": here is for you, too
    if len(words) == 2 and _imperative_shaped(w0) and w1[:1] == "ل" and w1[1:] in _YOU_READ:
        return READ_ALSO, 2                                 # "ادخل لتقرأ": a verb, and "for you to read"
    if w0 in _VERBS and w1.startswith("ال") and w1[2:].removesuffix("ه") in _STORY_NOUNS and words[2:3] \
            and words[2] in _NEXT:
        return READ_ALSO, 3                                 # "اقرأ المقالة التالية": the one after this
    if len(words) == 1 and (w0 in _SITE_SERVICES or w0.endswith("نا") and w0[:-2] in _SITE_SERVICES):
        return MORE, 1                                      # "خدمات", "تطبيقاتنا": the site's own
    if w0.removeprefix("ال") in _WIDGETS or w0 == "حاله" and w1.removeprefix("ال") in _WIDGETS:
        return MORE, len(words)                             # "الطقس اليوم", "حالة الطقس": the site's widget
    if len(words) == 2 and w0 == _PRICES and w1.startswith("ال"):
        return MORE, 2                                      # "أسعار العملات": the site's widget of prices
    if w0 in _DEVELOPMENTS and w1 in _THE_STORY:
        return SIMILAR, 2                                   # "مستجدات الملف", "تطورات القضية"
    if w0 in ("المزيد", "مزيد"):
        if w1 in ("حول", "عن") and (m := _about_the_story(words, 2)):
            return SIMILAR, 2 + m                # "المزيد حول هذا الموضوع", "مزيد عن القضية"
        if w1 in ("من", "في"):
            # more of the site's stories, or of this story's details ("المزيد من التفاصيل": further reading)
            if len(words) > 2 and words[2] in _THIS_STORYS:
                return READ_ALSO, 3
            if len(words) > 2 and words[2] in _THE_STORY:
                return SIMILAR, 3                # "المزيد في الموضوع", "المزيد من القضية": more of this story
            if len(words) > 3 and words[3] in ("حول", "عن") and (m := _about_the_story(words, 4)):
                return SIMILAR, 4 + m            # "مزيد من الأخبار حول القضية": about this story
            if len(words) > 3 and (m := _relation_at(words, 3)):
                return SIMILAR, 3 + m            # "المزيد من الأخبار ذات الصلة": related to this story
            if len(words) == 3 and words[2].removeprefix("ال") in _READINGS:
                return READ_ALSO, 3              # "مزيد من القراءات": further reading, as "قراءات إضافية"
            return MORE, 3 if len(words) > 2 else 2
        return None
    if w0 in _FOLLOW_US and len(words) > 1 and w1 in _ON:
        return MORE, 2                                      # "تابعونا على فيسبوك": follow us anywhere
    if len(words) == 1 and (w0 in _ADS or w0 in _FOLLOW_US) or len(words) == 2 and (w0 == "من" and _is_the_site(w1)
                                                             or w0.removeprefix("ال") == "محتوي" and w1 in _SPONSORED):
        return MORE, len(words)                             # "إعلانات", "من شبكتنا": advertising, the network's
    if w0.endswith("نا") and w0[:-2] in _RECENCY and w0 != "اخبارنا":
        return MORE, 1                                      # "جديدنا": the site's newest, as "جديد الموقع"
    if w0.startswith("ال") and w0[2:] in _RECENCY | _ELATIVES and (len(words) == 1 or _on_the_site(words, 1)):
        return MORE, len(words)                             # "الأحدث", "الأبرز": the site's, as "أحدث الأخبار";
                                                            # "الأحدث على الموقع": the site says it is
    if w0 in _RECENCY and w0 != "اخبار" and (w1 in _SITE_NOUNS or w1.removeprefix("ال") in _STORY_NOUNS
                                            or w1.removeprefix("ال") in _DEVELOPMENTS):
        if (m := _narrowed_to_the_story(words, 2)):
            return SIMILAR, 2 + m                           # "أحدث ما كتب عن القضية", "آخر أخبار الموضوع"
        if len(words) == 2 and w1 == _THE_DEVELOPMENTS:
            return SIMILAR, 2                               # "أحدث التطورات": a story's developments, its own
                                                            # ("آخر المستجدات": the site's updates as often)
        if w1 in _SITE_NOUNS:
            return MORE, 2
        if len(words) == 3 and (words[2] in _PERIODS or words[2] in _NOW or _is_the_site(words[2])):
            return MORE, 3                                  # "أبرز أحداث اليوم": of a period, of the site
    if w0 in _RECENCY and w0 != "اخبار" and len(words) == 2 and w1.startswith("ال") and len(w1) > 2:
        return MORE, 2                                      # "آخر الإضافات": the site's newest of anything
    if w0 in _VERBS:
        if len(words) > 2 and words[2] in ORIGINAL:
            return None                         # "اقرأ الخبر الأصلي على …": the original elsewhere, a source
        if w1 in _ADVERBS:
            return READ_ALSO, 2
        if w1 in _OFFERED:
            return READ_ALSO, 3 if w1 == "القصه" and len(words) > 2 and words[2] == "كامله" else 2
        if len(words) == 2 and w1 in _THE_STORY:
            return SIMILAR, 2                                 # "تابع القضية": the story's own, the whole heading
        if len(words) == 2 and w1.startswith("بال") and w1[3:] in _GALLERY_NOUNS:
            return PICKS, 2                                   # "شاهد بالفيديو": in the body a clip of it, else the
                                                              # site's video box
        if w1 in _VERBS and len(words) > 2 and words[2] in _ADVERBS:   # "شاهد واقرا ايضا"
            return READ_ALSO, 3
        if w1 in ("حول", "عن", "في") and (m := max(_about_the_story(words, 2), w1 == "في" and _the_same(words, 2))) \
                and (w0 in _READ_IMPERATIVES or len(words) == 2 + m):
            return SIMILAR, 2 + m                             # "اقرأ حول الموضوع", "اقرأ في السياق ذاته"
        if w0 in _READ_IMPERATIVES and w1 == _AFTER and len(words) == 2:
            return READ_ALSO, 2                               # "اقرأ بعد:": read after this, the whole cue
        if w1 == _HERE or w1 == "من" and words[2:3] == [_HERE]:
            return READ_ALSO, 2 if w1 == _HERE else 3         # "اقرأ من هنا": the link after it
        if w1 in _WITH_US and len(words) > 2 and words[2] in _ADVERBS:
            return READ_ALSO, 3                               # "إقرأ معنا أيضاً"
        if _site_at(words, 1, ("علي", "في")) and len(words) > 3 and words[3] in _ADVERBS:
            return READ_ALSO, 4                               # "اقرأ على الموقع أيضاً": the site's, here
        if _site_at(words, 1, ("علي", "في")) and len(words) == 3:
            return READ_ALSO, 3                               # "اقرأ على موقعنا": the whole heading
        if w1 in _WITH_US and len(words) == 2:
            return READ_ALSO, 2                               # "تابع معنا": the whole line
        if w1 in _THIS_ONE and len(words) > 2 and words[2] in _ADVERBS:
            return READ_ALSO, 3                               # "اقرأ هذا أيضاً"
        if w1 in _THIS_ONE and len(words) == 3 and words[2] in _THE_STORY:
            return READ_ALSO, 3                               # "اقرأ هذا الخبر": the story linked after it
        if (w1 in _DEVELOPMENTS or w1 == "من" and words[2:3] and words[2].removeprefix("ال") in _ARCHIVE) \
                and (found := parse_cue(words[1:])) and found[0] in (SIMILAR, READ_ALSO):
            return found[0], 1 + found[1]                     # "تابع تطورات القضية", "اقرأ من أرشيفنا"
        return (READ_ALSO, 1) if w0 in _VERB_ALONE and not w1 else None
    if (m := _for_more(words)):
        return READ_ALSO, m
    if w0 in _DESERVES and w1.startswith("ال") and w1[2:] in _READING:
        return READ_ALSO, 2                                 # "يستحق القراءة"
    if w0 == "ما" and w1 in _YOUR_VIEW and len(words) > 2 and words[2].startswith("ب") \
            and words[2][1:].removeprefix("ال") in _READING:
        return READ_ALSO, 3                                 # "ما رأيك بقراءة"
    if w0 in _UPON_YOU and w1.startswith("ب") and w1[1:].removeprefix("ال") in _READING:
        return READ_ALSO, 2                                 # "عليك بقراءة": you should read
    if w0 == "هل" and w1 in _YOU_READ_PAST and len(words) == 2:
        return READ_ALSO, 2                                 # "هل قرأت": the whole line
    if w0 in _BACKGROUND and w1 in _THE_STORY:
        return SIMILAR, 2                                   # "خلفيات الخبر"
    if len(words) == 2 and (w0 in _SECTION_HEADS and w1.startswith("ال") or w0 in _ADS):
        return MORE, 2                                      # "ركن المرأة", "إعلانات مبوبة"
    if w0 == "ما" and w1 in _WRITTEN and len(words) > 2 and words[2] in _ABOUT and (m := _about_the_story(words, 3)):
        return SIMILAR, 3 + m                               # "ما كتب حول الموضوع"
    if w0 == "ما" and (k := next((k for k in (2, 3) if k < len(words) and words[k] in _ABOUT), 0)) \
            and (m := _about_the_story(words, k + 1)) and k + 1 + m == len(words):
        return SIMILAR, k + 1 + m                           # "ما نشرناه سابقاً حول القضية": what was said of it
    if w0 in _WITHIN and w1 in _THIS_ONE and len(words) == 3 and words[2] in _THE_STORY:
        return SIMILAR, 3                                   # "ضمن هذا الملف": the whole heading
    if m := _click_to_read(words):
        return READ_ALSO, m                                 # "اضغط هنا لقراءة"
    if len(words) == 1 and _reading_on_l(w0):
        return READ_ALSO, 1                                 # "للاطلاع": the whole line
    if w0 in _SUGGESTED and w1 in _FOR_YOU:
        return SIMILAR, 2                                   # "مقترح لك"
    if w0 == "ما" and w1 in _LINKED and len(words) > 2:
        return (SIMILAR, 1 + found[1]) if (found := parse_cue(words[1:])) and found[0] == SIMILAR else None
    if w0 in _LINKED and (w1 in ("بهذا", "بهذه") and len(words) > 2 and words[2] in _THE_STORY
                          or w1.startswith("بال") and "ال" + w1[3:] in _THE_STORY):
        return SIMILAR, 3 if w1 in ("بهذا", "بهذه") else 2  # "يرتبط بهذا الخبر", "مرتبط بالقضية"
    if w0 in _MODALS and w1 in _LIKE and (len(words) == 2 or words[2] in _ADVERBS):
        return READ_ALSO, 2 if len(words) == 2 else 3       # "قد تحب أيضاً"
    if w0 in _FOR_MORE:
        if w1 in ("من", "حول", "عن") and len(words) > 2 and (words[2] in _THIS_STORYS or words[2] in _THE_STORY):
            return READ_ALSO, 3              # "لمزيد من التفاصيل", "للمزيد عن الموضوع": more of this story's own
        return READ_ALSO, 2 if w1 in ("من", "حول") else 1
    if m := _interest(words, 0):
        return READ_ALSO, m
    if w0 in _THIS_ONE and (m := _interest(words, k := 2 if w1 in _ADVERBS else 1)):
        return READ_ALSO, k + m                         # "هذا أيضاً قد يهمك"
    if w0 == "لا" and w1 in _MISS or w0 == "ما" and w1.endswith(_NOT_SUFFIX) and w1[:-1] in _MISS:
        return READ_ALSO, 2                             # "لا تفوتك", and the dialects' "ما تفوّتش"
    if w0 == "لا" and w1 in _FORGET:
        return READ_ALSO, 3 if len(words) > 2 and words[2] in _READING else 2
    if w0 == "من" and w1 in _WORTH and words[2:3] == ["ان"] and len(words) > 3 and words[3] in _YOU_READ:
        return READ_ALSO, 4
    if w0 == "من" and w1 in _WORTH and len(words) > 2 and words[2].removeprefix("ال") in _READING:
        return READ_ALSO, 4 if words[3:4] == ["علي"] else 3        # "من المفيد قراءة", "من المفيد الاطلاع على"
    if w0.removeprefix("ال") == _BULLETIN and len(words) == 2:
        return MORE, 2                                  # "نشرة الصباح", "النشرة الاقتصادية": a bulletin
    if _sections_only(words):
        return MORE, len(words)                         # "آراء ومقالات", "صحف ومجلات"
    if w0 in _MODALS and (m := _reading_offered(words)):
        return READ_ALSO, m                             # "يمكنك قراءة", "قد تود مطالعة", "ربما ترغب في قراءة"
    if (m := _missed(words)):
        return READ_ALSO, m
    if w0 in _ADVERBS and w1 in _ON and len(words) > 2 and _is_the_site(words[2]):
        return READ_ALSO, 3                             # "أيضاً على موقعنا"
    if w0 in _RECOMMEND:
        return SIMILAR, 2 if w1 in ("بقراءه", "لك", "لكم", "به", "بها", "عليك") else 1
    noun = w0.removeprefix("ال")
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS) and w1.startswith("ال") and w1[2:] in _RECENCY:
        return MORE, 2                                                     # "المقالات الأحدث", "الأخبار الأبرز"
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS) and w1.removeprefix("ال") in _CHOSEN and len(words) > 2 \
            and words[2] in _FOR_YOU:
        return OTHER, 3                             # "مقالات مختارة لك": the reader's, decided by where they stand
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS) and w1.removeprefix("ال") in _CHOSEN and len(words) > 3 \
            and words[2] in _AMONG and words[3] not in _THE_STORY and words[3] not in _THIS_STORY:
        return MORE, len(words)                     # "أخبار منتقاة من الأقسام": chosen from the site, not the story
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS) and (w1 in _SUPERLATIVE | _SITE_QUALIFIERS
                                                          or w1 in _NOT_CHOSEN_FOR_IT or w1 in _SPONSORED):
        return MORE, 3 if w1 in _SUPERLATIVE and len(words) > 2 else 2    # "الأخبار الأكثر قراءة", "أخبار عاجلة"
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS) and (m := _interest(words, 1)):
        return SIMILAR, 1 + m                                              # "مقالات قد تعجبك"
    if (noun in _STORY_NOUNS or w0 in _STORY_NOUNS or noun in _READING) and w1 in _ADDITIONAL:
        return READ_ALSO, 2                                                # "قراءة إضافية", "روابط إضافية"
    if noun in _READING and (w1.removeprefix("ال") in _SUGGESTED or w1.removeprefix("ال") in _CHOSEN):
        return READ_ALSO, 2                                                # "قراءة مقترحة"
    if noun in _STORY_NOUNS or w0 in _STORY_NOUNS:
        if w1[:1] == "و" and w1[1:].removeprefix("ال") in _STORY_NOUNS and (found := parse_cue([w0, *words[2:]])) \
                and found[1] > 1:
            return found[0], found[1] + 1                                  # "أخبار وتقارير مرتبطة": two nouns
        if w1 in _RECOMMEND:
            return SIMILAR, 3 if words[2:3] and words[2] in _WITH_THIS else 2  # "مواضيع ننصحك بها"
        if len(words) == 2 and w1.startswith("لل") and "ال" + w1[2:] in _THE_STORY:
            return SIMILAR, 2                                              # "متابعات للحدث": of the story
        if w1 in _TREATED and (m := _about_the_story(words, k := 3 if words[2:3] and words[2] in ("الي", "عن", "في")
                                                     else 2)):
            return SIMILAR, k + m                                          # "مقالات تناولت الموضوع"
        if w1 in _WITH_SAME and words[2:3] and words[2].startswith("ال"):
            return SIMILAR, 3                                              # "أخبار بنفس الوسم"
        if (m := _relation_at(words, 1)):
            kind = READ_ALSO if words[1] == "مقترحه" else SIMILAR
            return kind, 1 + m
        if w1 in ("اخري", "اخرى") and (m := _relation_at(words, 2)):
            return SIMILAR, 2 + m                                          # "قراءات أخرى ذات صلة"
        if w1 in _MASCULINE_RELATIONS:
            return SIMILAR, 2                                              # "خبر مرتبط", "مقال متعلق"
        if w1.removeprefix("ال") in _EARLIER:
            return SIMILAR, 2                                              # "خبر سابق", "تغطيات سابقة"
        if _reciprocal(w1):
            return SIMILAR, 2                                              # "موضوعات متقاربة", "قصص متشابهة"
        if w1[:1] in "تي" and len(w1) > 3 and (m := _about_the_story(words, 2)):
            return SIMILAR, 2 + m                                          # "أخبار تتابع الحدث": following it
        if w1 in ("من", "في", "حول", "عن") and len(words) == 4 and not words[2].startswith("ال") \
                and words[3] in _THE_STORY:
            return SIMILAR, 4                                              # "قصص من صلب الموضوع"
        if w1 == "من" and words[2:3] == [_EVERY]:
            return MORE, len(words)                                        # "أخبار من كل مكان": from everywhere
        if w1 in ("في", "من", "حول", "عن") and (m := _the_same(words, 2)):
            return SIMILAR, 2 + m                                          # "قصص من نفس الباب"
        if w1 in _LINKED and words[2:3] and words[2][:1] == "ب" and (words[2][1:] in _THE_STORY
                                                                     or words[2] in _WITH_THIS):
            return SIMILAR, 4 if words[2] in _WITH_THIS and words[3:4] and words[3] in _THE_STORY else 3
                                                                           # "أخبار تتصل بالموضوع", "… بهذا الملف"
        if (w1 in ("حول", "عن") and words[2:3] or w1 == "في" and len(words) == 3) and words[2] in _THE_STORY:
            return SIMILAR, 3                                              # "أخبار عن القضية", "مقالات في السياق"
        if w1 in ("اخري", "اخرى"):
            # other stories are this one's when an offer of interest follows ("مقالات أخرى قد تهمك"), else
            # their position tells
            return (SIMILAR, 2 + m) if (m := _interest(words, 2)) else (OTHER, 2)
        if len(words) == 2 and _kind_of_news(w1):
            return MORE, 2                                                 # "أخبار رياضية", "مقالات فنية"
        if _is_the_site(w1):
            return MORE, 2                                                 # "عناوين الصفحة الأولى": the site's
        if len(words) == 2 and w1 in _THE_STORY:
            return SIMILAR, 2       # "أخبار القضية", "تغطيات الحدث": the news of the story itself
        if len(words) == 2 and not w0.startswith("ال") and w1.startswith("ال") and len(w1[2:]) >= MIN_SECTION_LETTERS \
                and w1 not in _THE_STORY and w1[2:] not in ("اخري", "اخرى"):
            return MORE, 2          # "أخبار المحافظات", "مقالات الرأي": the news of a part of the site, not the story's
        return None
    if len(words) == 2 and noun in _SECTION_NOUNS and (w1 in _NOT_CHOSEN_FOR_IT or _is_the_site(w1)):
        return MORE, 2                      # "كتاب الرأي", "أقلام الموقع": the opinion pages, the site's writers
    if len(words) == 1 and w0.startswith("بال") and w0[3:] in _GALLERY_NOUNS:
        return PICKS, 1                     # "بالصور", "بالفيديو": as "شاهد بالفيديو"
    if (m := _phrase(words, 0, _ALONE_RELATIONS)):
        return SIMILAR, m
    k = 2 if w1 in ("اخري", "اخرى") else 1
    if len(w0) >= MIN_IMPERATIVE_LETTERS and w0.isalpha() and not w0.startswith("ال") and w0 not in _NOT_A_NOUN \
            and len(words) > k and words[k] in ("عن", "حول") and (m := _about_the_story(words, k + 1)) \
            and k + 1 + m == len(words):
        return SIMILAR, len(words)          # "تفاصيل أخرى عن القضية": any noun of more about this story
    if len(words) == 1 + (m := _relation_at(words, 1, _RELATION_ADJECTIVES)) and m:
        return SIMILAR, 1 + m               # any noun and a word of relation, nothing more: "مواد ذات صلة"
    if len(words) == 2 and w1 in _SITE_NOUNS and w0 not in ("في", "من"):
        return MORE, 2                      # "نشرة الأخبار", "أرشيف المقالات": a noun of the site's news
    if len(words) == 2 and (w1 in _NOW or w1 in _AUDIENCE or w0 == _INTERESTS) and w0 not in ("في", "من", "حتي", "منذ"):
        return MORE, 2                      # "حديث الساعة", "اهتمامات القراء": now on the site, its readers';
                                            # "اهتمامات اليوم": interests, no one's, are the whole audience's
    if len(words) == 2 and w0.removeprefix("ال") in _GALLERY_NOUNS and w1 in _PERIODS:
        return MORE, 2                      # "صور اليوم", "فيديو الأسبوع": the site's gallery of the day'
    if w0 == "في" and w1 in ("نفس", "ذات") and len(words) > 2 and words[2] == "السياق":
        return SIMILAR, 3
    if w0 == "في" and w1 == "سياق" and len(words) > 2:
        if words[2] in _MASCULINE_RELATIONS:
            return SIMILAR, 3                           # "في سياق متصل": in a related context
        if words[2] in ("ذي", "ذو", "ذات") and len(words) > 3 and words[3] in ("صله", "علاقه"):
            return SIMILAR, 4                           # "في سياق ذي صلة"
    if len(words) == 3 and w0 in ("في", "من") and not w1.startswith("ال") and words[2] in _THE_STORY:
        return SIMILAR, 3                   # "من ملف القضية": of the story's own file, the whole heading
    if len(words) == 2 and w0 in ("علي", "على") and w1 == _MARGIN:
        return READ_ALSO, 2                 # "على الهامش": beside the story, the whole heading
    if w0 in ("حول", "عن") and (m := _about_the_story(words, 1)) and 1 + m == len(words) and w1 in _THIS_ONE:
        return SIMILAR, len(words)          # "حول هذا الموضوع": about this story, the whole heading
    if w0 == _BACK and w1 == "الي" and len(words) == 3 and words[2] in _THE_STORY:
        return SIMILAR, 3                   # "عودة إلى الموضوع": back to the story
    if len(words) == 3 and w0 in ("في", "علي", "من") and _the_same(words, 1):
        return SIMILAR, 3                   # "على المنوال ذاته", "في ذات الموضوع": the whole heading, no sentence
    if w0 == "في" and w1 == "السياق" and len(words) > 2 and words[2] in ("ذاته", "نفسه"):
        return SIMILAR, 3
    if len(words) <= MAX_PRESS_REVIEW_WORDS and words[-1] in _THE_PRESS:
        return MORE, len(words)             # "جولة في الصحف", "من الصحافة": the press review, the site's
    return None


MAX_PRESS_REVIEW_WORDS = 4
_THE_PRESS = frozenset(("الصحف", "الصحافه"))
_EVERY = "كل"                  # "من كل مكان": from everywhere
_BACK = "عوده"                 # "عودة إلى": back to
_INTERESTS = "اهتمامات"                                     # interests: what the audience follows
_ARCHIVE = frozenset(("ارشيف", "ارشيفنا"))                 # "من أرشيف الموقع": the site's archive
MIN_RECIPROCAL_LETTERS = 6


def _reciprocal(word: str) -> bool:
    """An adjective of the form that says two things are so to each other (متفاعل: "متقاربة", "متشابهة",
    "متماثلة"): م، ت، a root's letter, alef, then the root's rest."""
    return len(word) >= MIN_RECIPROCAL_LETTERS and word.startswith("مت") and word[3] == "ا"


# Raw-text prefilter, made from the grammar: a short text is folded and parsed only when it holds a
# stem one of the cue's words must hold. Stems avoid the letters folding changes (hamza seats, taa
# marbuta, alef maqsura), so raw text needs no folding to be tested.
_HINT_STEMS = ("همك", "عجب", "قر", "طالع", "شاهد", "تابع", "طلع", "راجع", "تصفح", "ستمع", "نظر", "كتشف", "يهم",
               "يعجب", "يثير", "تحب", "ستهوي", "مزيد", "ستزاد", "فوت", "مكنك", "صل", "علاق", "علق", "شابه", "رتبط",
               "ماثل", "قريب", "تصل", "قتر", "نصح", "رشح", "رشيح", "موص", "سياق", "كثر", "شهر", "خر", "حدث", "هم",
               "برز", "جديد", "عاجل", "رئيس", "رييس", "ختار", "ختيار", "ختر", "زوار", "قسم", "رائج", "رايج", "رواج",
               "شائع", "شايع", "ترند", "تريند", "واجه", "ذات", "ذو", "عل", "فات", "ساع", "جمهور",
               "ضاف", "فصيل", "فاصيل", "يضا", "ذلك", "زوار", "نفس", "شوف",
               "متفرق", "منوع", "تنوع", "شتى", "شتي", "نتقا", "سابق", "مميز", "مباشر", "ساخن",
               "لا تنس", "فيدك", "فيدكم", "الرأي", "الراي", "شركاء", "شركائ", "شركاؤ", "مدعوم", "ممول",
               "رعاي", "شبكتن", "موقعن", "ثير اهتمام", "لفت انتباه",
               " حية", " حيه", " الحية", " الحيه",    # a word of its own: "صحية", "تحية" end so
               "خيرة", "خيره", "تطور", "ستجد",
               "نصح", "رشح", "قترح", "ختار", "ضغط", "نقر", "تحب", "تود", "تودّ", "رتبط", "تعلق", "تصل", "شبيه", "ناظر",
               "رافق", "صاحب", "سريع", "ختصر", "خدمات", "الصفح", "الموقع", "طقس",
               "دفوع", "بريدي", "طلاع", "ستحق", "ما كتب", "ما نشر", "ما قيل", "ما ورد", "ما جاء", "تناول", "ناقش",
               "تطرق", "تحدث", "ضمن", "لبوم", "خاصة", "خاصه", "الصور", "الفيديو", "ملف", "قضي", "موضوع",
               # the site's galleries ("فيديوهات", "مالتيميديا"), the story's coverage, "our bulletin"
               "يوهات", "يديا", "غطي", "نشرتن", "بودكاست", "نفوغراف", "نفوجراف", "كاريكات",
               "وسع", "سرع", "شد", "تقييم", "نتشار", "رتباط", "مكن", "مفيد", "نشرة", "نشره", "آراء", "اراء",
               "أقلام", "اقلام", "أعمدة", "اعمدة", "صحف", "مجلات", "كتاب", "وثيق", "كمل", "كميل", "خلفي", "سياق",
               "جذور", "رأيك", "رايك", "رأيكم", "رايكم", "هل ", "ركن", "عالم", "زاوي", "ملحق", "دليل", "علان", "ممكن",
               "ور اليوم", "ورة اليوم", "ورة الأسبوع", "ور الأسبوع", "ور الاسبوع", "يو اليوم", "يو الأسبوع",
               "يو الاسبوع", "ير اليوم", "اف اليوم",     # a gallery of the day: "صور اليوم", "فيديو الأسبوع"
               # a theme's English: "Related", "Read also", "You may also like", "Most read", "Latest news"
               "elated", "ELATED", "lso", "LSO", "ead m", "EAD M", "t miss", "T MISS", "t Miss", "eading", "nterest",
               "ecommend", "ECOMMEND", "imilar", "ore on", "ore about", "ore like", "ost r", "ost p", "ost v", "ost s",
               "ost c", "ost w", "ost e", "OST ", "ost R", "ost P", "ost V", "atest", "ATEST",
               "ecent", "rending", "RENDING", "opular", "OPULAR", "op stories", "op news", "ore from", "ore in",
               "ollow", "ewsletter", "ponsor", "dvert", "ditor", "ewest", "reaking",
               # a Maghreb site's French: "À lire aussi", "Articles similaires", "Les plus lus", "À la une"
               "ire aussi", "IRE AUSSI", "oir aussi", "ire également", "imilaires", "iés", "même", "imerez",
               "lus lus", "LUS LUS", "lus popul", "lus comment", "ernières", "erniers", "la une", "LA UNE", "uivez")


def _any_of(stems) -> str:
    """A pattern that finds any of ``stems``, written as a tree of their shared letters ("ق(?:ترح|ر|سم)"):
    the regex engine reads each letter once instead of trying every stem at every position (a third of
    the time of the flat alternation). A stem that another one starts with stands for both."""
    tree: dict = {}
    for stem in stems:
        node = tree
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(tree)


CUE_HINT = re.compile(_any_of(_HINT_STEMS))


def cue_hint(text: str) -> bool:
    """May ``text`` hold a cue? (``CUE_HINT`` on the raw text, read again without the marks written inside words
    and with Persian-typed letters as Arabic when it has any: "تفوّت", "طالِع", "أیضاً".)"""
    if CUE_HINT.search(text):
        return True
    return bool(UNREAD_IN_RAW.search(text)) and bool(CUE_HINT.search(as_plain_letters(text)))



# "المقال السابق:", "« التالي", "الخبر اللاحق": the label of a link to the post before or after this one in the
# site's order of publishing (folded), at the start of a text; the noun, when written, is one of a post.
_NEIGHBOUR_LABEL = re.compile(r"^\W*(?:ال(?:مقال|مقاله|خبر|موضوع|قصه|تقرير|منشور|تدوينه)\s+)?"
                              r"(?:السابق|التالي|اللاحق)(?:\W|$)")


def is_neighbour_label(text: str) -> bool:
    """Does ``text`` open with the label of a link to the previous or next post ("← المقال السابق: …")?"""
    return bool(text) and ("سابق" in text or "تالي" in text or "لاحق" in text) \
        and bool(_NEIGHBOUR_LABEL.match(fold(text[:40])))

@lru_cache(maxsize=4096)     # pure, and asked again of the same lines (a wrapper and its child)
def match_cue(text: str, *, max_extra_words: int = 4) -> tuple[str, str] | None:
    """(kind, rest) when ``text`` is a related-list heading; ``rest`` is what follows the cue.

    ``max_extra_words`` bounds how much may follow the cue (a heading like "مختارات اليوم السابع");
    pass a large value to accept an inline cue glued to a title ("اقرأ أيضاًمصطفى بكري ...").
    """
    folded = fold(text)
    if not folded or len(folded) > 400:
        return None
    words = folded.split()
    found = parse_cue(words)
    if found is None or found[1] < len(words) and len(words[found[1]]) <= _MAX_GLUED_WORD:
        glued, split = _glued(words, found[1] if found else 0)
        if glued is not None:
            found, words = glued, split
    if found is None and len(words) > 1 and words[0] in _VERBS \
            and (words[1] in _DANGLING or words[1] in _THE_STORY or words[1] in _WITH_US
                 or words[1] == _AFTER and words[0] in _READ_IMPERATIVES) and _mark_after(text, 2):
        # "اطّلع على:": a verb of reading and its preposition, then a mark; "تابع القضية:" and the story's noun;
        # "اقرأوا معنا:" and "with us"; "اقرأ بعد ∷" and "after"
        found = (SIMILAR if words[1] in _THE_STORY else READ_ALSO), 2
    if found is None and len(words) > 2 and (k := 1 + (words[0] in _VERBS)) and words[k - 1] == "من" \
            and words[k].removeprefix("ال") in _ARCHIVE and _mark_after(text, k + 1):
        found = READ_ALSO, k + 1     # "(اقرأ) من أرشيفنا: …": the site's archive, then a mark and a title
    if found is None and len(words) > 2 and words[0].isalpha() and not words[0].startswith("ال") \
            and (m := _relation_at(words, 1, _RELATION_ADJECTIVES)) and _mark_after(text, 1 + m):
        found = SIMILAR, 1 + m       # "زاوية ذات صلة ≫ …": any noun and a word of relation, then a mark
    if found is None and len(words) > 1 and _imperative_shaped(words[0]) and (
            words[1] in _ALSO or words[1].removeprefix("ال") in _READING and len(words) > 2 and words[2] in _DANGLING
            and _mark_after(text, 3)) and (_mark_after(text, 2) or words[2:3] and words[2] in _DANGLING):
        # "تعرّف أيضاً على:", "أكمل القراءة عن:": a verb no list holds, told by what follows it (also, or the
        # reading and its preposition, then a mark)
        found = READ_ALSO, 2
    if found is None and len(words) > 1 and words[0][:1] in _PRESENT_PREFIXES \
            and len(words[0]) >= MIN_PRESENT_VERB_LETTERS and words[0] not in _RECOMMEND \
            and words[1][:1] in "بل" and words[1][1:] in _READING and _mark_after(text, 2):
        # "يُنصح بقراءة:", "ندعوك لقراءة ⇐": a verb in the present, then reading, then a mark (an object after it
        # is a prompt's: "تستطيع بمشاهدة الفيديو …")
        found = READ_ALSO, 2
    if found is None and 2 <= len(words) <= MAX_SECTION_WORDS and all(w.startswith("و") for w in words[1:]) \
            and _site_section(words[0], words[1:]) and _opens_with_word(text) \
            and not any(_mark_after(text, n) for n in range(1, len(words))):
        # "صور وفيديو", "رياضة وشباب": the site's sections (no mark between: "كتب: وكالات"; none before: a credit
        # in brackets, "(وكالات ورويترز)")
        found = MORE, len(words)
    if found is None:
        return None
    kind, taken = found
    if taken < len(words) and words[taken] in _ADVERBS and words[taken] != words[taken - 1]:
        taken += 1                   # "لا تفوّت كذلك:": an adverb after a cue is the cue's
    if taken < len(words) and words[taken] in _VERBS and _mark_after(text, taken + 1):
        taken += 1                   # "للمزيد اقرأ:": a verb of reading after a cue, before its mark
    if taken < len(words) and words[taken] in _DANGLING and _mark_after(text, taken + 1):
        taken += 1                   # "اقرأ التفاصيل في ⟵": a preposition the mark after it leaves to the cue
    k = taken + 1 if taken < len(words) and words[taken] in _DANGLING else taken
    if kind == READ_ALSO and k < len(words) and words[k] in _SECTIONS and _mark_after(text, k + 1):
        kind, taken = MORE, k + 1    # "تصفح أيضاً الأقسام", "اطلع على الأقسام": the site's sections, no story's
    if len(words) - taken > max_extra_words:
        return None
    return kind, _strip_cue(text, " ".join(words[:taken]))


_DANGLING = frozenset(("في", "علي", "عن", "حول", "من", "ب"))   # prepositions a cue may end on before its mark
_NOT_SUFFIX = "ش"                 # the dialects' negation closing a verb: "ما تفوّتش"
_WITH_THIS = frozenset(("بهذا", "بهذه", "بذلك", "به", "بها"))
_PRESENT_PREFIXES = frozenset("يتن")    # a verb in the present: "يُنصح", "ننصح", "تنصح"
_NEXT = frozenset(("التالي", "التاليه"))
_SITE_SERVICES = frozenset(("خدمات", "ادوات", "تطبيقات"))
_PRICES = "اسعار"                   # "أسعار العملات", "أسعار الذهب": the site's widget of the day's prices
_WIDGETS = frozenset(("طقس",))      # the weather: a site's widget, never a story's list
# Words no noun heading more of this story is: particles, "what" ("ما كتب عن الموضوع" is read apart).
_NOT_A_NOUN = frozenset(("ما", "من", "في", "عن", "حول", "مما", "ومما", "هل", "لا", "كما"))


def _opens_with_word(text: str) -> bool:
    """Does the raw ``text`` open with a word, no mark before it?"""
    return next((t.kind == WORD for t in tokens(text)), False)


def _site_section(first: str, joined: list[str]) -> bool:
    """Do a word and the words joined to it by و name the site's sections: the media's galleries ("صور وفيديو"),
    or fields with no article and no noun of stories among them ("رياضة وشباب")?"""
    bare = [first, *(w[1:] for w in joined)]
    if all(b.removeprefix("ال") in _GALLERY_NOUNS for b in bare):
        return True
    from .credits import is_agency_name  # (credits reads cues: asked here, at call time)
    return all(b.isalpha() and not b.startswith("ال") and b not in _STORY_NOUNS and b not in _NOT_A_NOUN
               and b not in COLLECTIVE_HEADS and len(b) >= MIN_SECTION_LETTERS for b in bare) \
        and not any(is_agency_name(b) for b in bare)      # a credit of two agencies: "رويترز وسانا"


_ALSO = frozenset(("ايضا", "كذلك"))


def _imperative_shaped(word: str) -> bool:
    """Could a folded word open a cue as a verb in the imperative: no article, no conjunction (a sentence's "وأضاف
    أيضاً:" tells on), letters only, a verb's length?"""
    return MIN_IMPERATIVE_LETTERS <= len(word) <= MAX_IMPERATIVE_LETTERS and word.isalpha() \
        and not word.startswith(("ال", "و", "ف")) and word not in _STORY_NOUNS


_SECTIONS = frozenset(("الاقسام", "الابواب", "اقسامنا"))     # the site's sections, folded


def _mark_after(text: str, n: int) -> bool:
    """Does the raw ``text`` end, or have a mark, right after its ``n``-th word?"""
    seen = 0
    for t in tokens(text):
        if seen == n:
            return t.kind != WORD
        seen += t.kind == WORD
    return seen == n


_MAX_GLUED_WORD = 40
# The words a cue can open with, and their first three letters (a glued cue starts with one of them).
_CUE_STARTS = frozenset(_VERBS | _INTEREST_HEAD | _FOR_MORE | _STORY_NOUNS | _RECOMMEND | _SUPERLATIVE | _RECENCY
                        | {"قد", "ربما", "لا", "المزيد", "مزيد", "يمكنك", "في", "ذات", "ذو", "على", "علي"}
                        | {"ال" + n for n in _STORY_NOUNS} | {p.split()[0] for p in _SITE_PHRASES + _PICKS_PHRASES})
_CUE_OPENINGS = tuple(sorted({w[:3] for w in _CUE_STARTS}))


def _glued(words: list[str], start: int = 0) -> tuple[tuple[str, int] | None, list[str]]:
    """A cue whose last word is glued to the title after it ("اقرا ايضامصطفى بكري"): the parse of the
    words with that word cut in two, and those words; the cue must take more than ``start`` words."""
    for k in (start, start + 1) if start else (0, 1):
        if k >= len(words) or len(words[k]) > _MAX_GLUED_WORD:
            break
        if k == 0 and not words[0].startswith(_CUE_OPENINGS) or k == 1 and not start and words[0] not in _CUE_STARTS:
            continue                       # no cue can open this way: nothing to cut
        word = words[k]
        for cut in range(2, len(word)):               # the shortest cue word first: "يهمك|مصطفى", not "يهمكم|صطفى"
            split = [*words[:k], word[:cut], word[cut:], *words[k + 1:]]
            found = parse_cue(split)
            if found and found[1] == k + 1:
                return found, split
    return None, words


@lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    return fold(ch).replace(" ", "")


_PAIRS = {"«": "»", "“": "”", "(": ")", "[": "]", '"': '"', "'": "'"}


def _opens_title(rest: str) -> bool:
    """Does ``rest`` open with a quote or a bracket that it closes further on ('"فكّه يبدو متناسقًا" …'): the
    title's own, not a mark after the cue?"""
    close = _PAIRS.get(rest[0])
    return close is not None and close in rest[1:]


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
            rest = text[j:]
            while rest and (rest[0].isspace() or rest[0] == "\u0640" or unicodedata.category(rest[0])[0] in "PS") \
                    and not _opens_title(rest):
                rest = rest[1:]             # any mark after the cue: » — / … : (not a quote the title opens)
            return rest.strip()
    return ""


# ---- bylines and boilerplate -------------------------------------------------------------------

_BYLINE_VERBS = "كتبت|كتبها|كتبه|كتب|بقلم|حوار|حاورته|حاورها|إعداد|اعداد|تقرير|متابعة|ترجمة|تحرير|إشراف"
BYLINE = re.compile(
    rf"^\s*(?:(?:{_BYLINE_VERBS})"
    r"\s*[:：\-–]?|بواسطة\s*[:：\-–]|(?:Author|Authors|By|Written by)\s*[,:،])\s*(?P<name>[^\d:.،,!?؟]{3,60})$", re.I
)
# What a byline opens with: a test before reading a line any further for one.
BYLINE_OPENING = re.compile(rf"^\s*(?:{_BYLINE_VERBS}|بواسطة|Author|Authors|By|Written by)", re.I)
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
