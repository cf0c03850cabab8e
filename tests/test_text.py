"""Text cleaning, folding and the cue phrase matcher."""

from __future__ import annotations

from newsscrape.text.arabic import clean, fold
from newsscrape.text.cues import is_boilerplate, match_cue


def test_clean_removes_invisible_and_stretching():
    assert clean("ال\u200fعر\u200bب\u202b") == "العرب"
    assert clean("الـــعـــرب") == "العرب"            # stretching tatweel out
    assert clean("لـ«الصباح» بـ10 أيام") == "لـ«الصباح» بـ10 أيام"   # clitic marker kept
    assert clean("  كلمة \n\t أخرى\u00a0") == "كلمة أخرى"


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
