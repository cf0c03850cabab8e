"""Text cleaning, folding and the cue phrase matcher."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from newsscrape.text import arabic
from newsscrape.text.arabic import clean, fold, visible_length_above
from newsscrape.text.cues import is_boilerplate, match_cue


def test_clean_removes_invisible_and_stretching():
    assert clean("ال\u200fعر\u200bب\u202b") == "العرب"
    assert clean("الـــعـــرب") == "العرب"            # stretching tatweel out
    assert clean("لـ«الصباح» بـ10 أيام") == "لـ«الصباح» بـ10 أيام"   # clitic marker kept
    assert clean("  كلمة \n\t أخرى\u00a0") == "كلمة أخرى"


@pytest.mark.parametrize("dash", ["ــ", "ـــ", "ـــــ"])
def test_a_run_of_tatweel_standing_alone_is_a_dash_kept_as_written(dash):
    """A run of tatweel between spaces is a dash ("القاهرة (رويترز) ـــ …", a dateline as written): kept whole; on a
    letter it is a stretch, kept once where it marks a clitic ("لـــ«" -> "لـ«")."""
    assert clean(f"القاهرة (رويترز) {dash} قال الوزير") == f"القاهرة (رويترز) {dash} قال الوزير"
    assert clean(f"{dash} قال الوزير") == f"{dash} قال الوزير"
    assert clean(f"ل{dash}«الصباح»") == "لـ«الصباح»"


def test_clean_keeps_diacritics_and_digits_unless_asked():
    text = "عَامًا ٢٠٢٤"
    assert clean(text) == text
    assert clean(text, strip_diacritics=True, ascii_digits=True) == "عاما 2024"


def test_fold_unifies_spellings():
    assert fold("إقرأ أيضاً:") == fold("اقرا ايضا") == "اقرا ايضا"
    assert fold("مقالات ذات صلة") == "مقالات ذات صله"


def test_match_cue():
    assert match_cue("إقرأ أيضاً:") == ("read_also", "")
    assert match_cue("اقرأ أيضاًمصطفى بكري يطالب", max_extra_words=40) == ("read_also", "مصطفى بكري يطالب")
    assert match_cue("مقالات مشابهة")[0] == "similar"
    assert match_cue("الأكثر قراءة")[0] == "more"
    assert match_cue("اقرأ الخبر كاملا في الصفحة التالية من الموقع") is None
    assert match_cue("قرأ الوزير البيان") is None


def test_boilerplate():
    assert is_boilerplate("تابعوا أخبار الإمارات من البيان عبر غوغل نيوز")
    assert is_boilerplate("جميع الحقوق محفوظة © 2024")
    assert not is_boilerplate("شارك الوزير في القمة العربية التي عقدت أمس في العاصمة وناقش خلالها عدة ملفات "
                              "اقتصادية وسياسية مع نظرائه العرب والأجانب")


# Shortcuts taken for speed must answer exactly as the slow definitions they stand for.
_MIXED = list(" \n\t\r\x0b\x0c\x1c\x85\xa0\u2003\u3000\u200b\u200f\u0640\u0627\u0653\u064b\u0650"
              "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئ٠١٢٩xyzXYZ.,:؛،()-_")


def test_visible_length_above_agrees_with_cleaning():
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(_MIXED) for _ in range(rng.randint(0, 140)))
        for limit in (5, 20, 60):
            assert visible_length_above(text, limit) == (len(clean(text)) > limit), repr(text)
            assert arabic.clean_within(text, limit) == (clean(text) if len(clean(text)) <= limit else None)
    # Long texts told by a prefix: what follows the cut (spaces, stretching tatweel, controls, a combining
    # mark) must not change the answer, least of all when the prefix cleans to about the limit.
    filler = list(" \n\u200f\u00a0" * 6 + "\u0640")
    seam = list("ـ \u200f\u0301ب")
    near = 0
    for _ in range(4000):
        limit = rng.choice((5, 20, 60))
        cut = 4 * limit + 64
        density = rng.uniform(0.0, 0.15)
        head = "".join(rng.choice(_MIXED) if rng.random() < density else rng.choice(filler)
                       for _ in range(cut - rng.randint(0, 3)))
        text = head + "".join(rng.choice(_MIXED + seam * 4) for _ in range(rng.randint(1, 60)))
        near += abs(len(clean(text[:cut])) - limit) <= 2
        assert visible_length_above(text, limit) == (len(clean(text)) > limit), repr(text)
        assert arabic.clean_within(text, limit) == (clean(text) if len(clean(text)) <= limit else None)
    assert near > 50                                     # the border cases were really tried


def _fold_step_by_step(text: str) -> str:
    """fold as first written: one pass per job."""
    if not text:
        return ""
    text = arabic._INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    text = arabic._DIACRITICS.sub("", text).translate(arabic._FOLD_LETTERS).translate(arabic._ARABIC_DIGITS)
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def test_fold_in_one_pass_equals_fold_step_by_step():
    rng = random.Random(11)
    singles = [chr(c) for c in [*range(0x600, 0x700), *range(0x2000, 0x2070), *range(0x20, 0x250),
                                *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00), *range(0x6F0, 0x6FA)]]
    samples = singles + ["".join(rng.choice(_MIXED) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    samples += ["".join(rng.choice(singles + _MIXED) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for text in samples:
        assert fold(text) == _fold_step_by_step(text), repr(text)


def test_arabic_share_counts_letters_of_every_script():
    """The share of letters that are Arabic, as its definition reads character by character."""
    def by_character(text: str) -> float:
        letters = [c for c in text if re.fullmatch(r"[^\W\d_]", c)]
        in_arabic = [c for c in letters if re.fullmatch(f"[{arabic._ARABIC_LETTER}]", c)]
        return len(in_arabic) / len(letters) if letters else 0.0

    rng = random.Random(13)
    pool = [chr(c) for c in [*range(0x20, 0x250), *range(0x600, 0x700), *range(0x400, 0x450), 0x2460, 0x1D400]]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 120)))
        assert arabic.arabic_share(text) == by_character(text), repr(text)
        assert arabic.mostly_arabic(text) == (by_character(text) > 0.5), repr(text)
    arabic_heavy = [chr(c) for c in range(0x621, 0x64B)] * 3 + list(" .،xyzé1٢_") + pool[:40]
    for _ in range(3000):
        text = "".join(rng.choice(arabic_heavy) for _ in range(rng.randint(0, 40)))
        assert arabic.mostly_arabic(text) == (by_character(text) > 0.5), repr(text)
    for text in ("قال", "قال x", "قال xy", "قا xy", "ab قال", "... قال", "", "١٢٣"):     # around the half
        assert arabic.mostly_arabic(text) == (by_character(text) > 0.5), repr(text)
    assert arabic.arabic_share("قال الوزير Reuters") == 9 / 16


def test_boilerplate_phrases_match_as_written():
    """Phrases are folded on load: one written with alef maqsura ("يرجى") matched no folded text."""
    assert is_boilerplate("يرجى تفعيل الجافا سكريبت لعرض المحتوى")
    assert is_boilerplate("تابعوا آخر الأخبار على جوجل نيوز")
    assert not is_boilerplate("يرجى من المواطنين تفعيل الحسابات الجديدة قبل نهاية الشهر الجاري بحسب الوزارة")


