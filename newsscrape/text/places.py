"""Places a dateline or a credit line names: the Arab world's countries and cities, and the world's capitals
and the cities news is filed from. A place the list knows tells the other part of a credit line apart:
in "برلين • دويتشه فيله" or "عمون (عمّان)" the words that are not the place are the outlet's name, however
unknown the outlet, and a bracketed place is never an agency.

Written as newsrooms spell them; matched folded (``arabic.fold``), so hamza seats, taa marbuta, alef
maqsura and diacritics ("عمّان") do not matter. Names that are also common words are left out ("صور"
pictures, "الخبر" the news, "العين" the eye, "كيف" how, "مالي" financial): a credit line is short, and such
a word in it is more often the word.
"""

from __future__ import annotations

from functools import lru_cache

from .arabic import fold

_ARAB_WORLD = """
مصر القاهرة الإسكندرية الجيزة أسوان الأقصر بورسعيد السويس الإسماعيلية المنصورة طنطا دمياط الزقازيق أسيوط سوهاج
المنيا الفيوم قنا العريش الغردقة بنها دمنهور|شرم الشيخ|بني سويف|كفر الشيخ|مرسى مطروح
السعودية الرياض جدة مكة الدمام الطائف تبوك أبها الظهران نيوم بريدة حائل جازان نجران ينبع القطيف|خميس مشيط|مكة المكرمة
الأحساء الجبيل|المدينة المنورة
الإمارات أبوظبي دبي الشارقة عجمان الفجيرة|أبو ظبي|رأس الخيمة|أم القيوين
قطر الدوحة البحرين المنامة الكويت|مدينة الكويت
عمان مسقط صلالة صحار|سلطنة عمان
اليمن صنعاء عدن تعز الحديدة مأرب المكلا حضرموت ذمار صعدة شبوة لحج أبين
العراق بغداد البصرة الموصل أربيل النجف كربلاء السليمانية كركوك الأنبار الفلوجة الرمادي دهوك الناصرية
العمارة الكوت الحلة سامراء تكريت بعقوبة الديوانية زاخو
سوريا سورية دمشق حلب حمص حماة اللاذقية طرطوس إدلب الرقة درعا القامشلي السويداء الحسكة منبج عفرين تدمر جبلة
بانياس القنيطرة البوكمال|دير الزور
لبنان بيروت طرابلس صيدا بعلبك جونيه زحلة النبطية
الأردن عمّان الزرقاء إربد العقبة السلط الكرك المفرق جرش مادبا
فلسطين القدس غزة نابلس الخليل جنين رفح أريحا طولكرم قلقيلية سلفيت طوباس|رام الله|بيت لحم|خان يونس|دير البلح|بيت حانون
حيفا يافا الناصرة|تل أبيب
ليبيا بنغازي مصراتة سرت سبها درنة طبرق الزاوية غريان الكفرة أجدابيا
تونس صفاقس سوسة القيروان بنزرت قابس المنستير نابل قفصة جندوبة مدنين تطاوين توزر
الجزائر وهران قسنطينة عنابة تلمسان البليدة سطيف بجاية باتنة بسكرة ورقلة غرداية الشلف|تيزي وزو
المغرب الرباط مراكش فاس طنجة أكادير مكناس وجدة تطوان الحسيمة الناظور القنيطرة آسفي تازة|الدار البيضاء
موريتانيا نواكشوط نواذيبو
السودان الخرطوم بورتسودان الفاشر نيالا كسلا عطبرة الجنينة كادقلي الدمازين|أم درمان|ود مدني
الصومال مقديشو هرجيسا جيبوتي جزر القمر موروني
"""

_WORLD = """
واشنطن نيويورك لندن باريس موسكو بكين طوكيو برلين روما مدريد جنيف بروكسل فيينا أنقرة إسطنبول اسطنبول طهران
كابول نيودلهي كييف أثينا نيقوسيا لشبونة أمستردام لاهاي ستوكهولم أوسلو كوبنهاغن هلسنكي وارسو براغ بودابست
بوخارست صوفيا بلغراد زغرب دافوس الفاتيكان ميونيخ فرانكفورت ميلانو برشلونة مرسيليا ليون مانشستر بروكسيل
نيروبي لاغوس أبوجا جوهانسبرغ داكار باماكو نيامي نجامينا انجامينا أنجامينا كمبالا كيغالي أسمرة جوبا الرياض
سيول هانوي بانكوك جاكرتا كوالالمبور مانيلا سنغافورة سيدني كانبيرا أوتاوا تورونتو مونتريال مكسيكو برازيليا
كاراكاس هافانا بوغوتا ليما باكو يريفان تبليسي طشقند أستانا كراتشي لاهور مومباي دكا كاتماندو شنغهاي
تايبيه بيونغيانغ|بيونغ يانغ|هونغ كونغ|إسلام آباد|نيو دلهي|أديس أبابا|كيب تاون|ساو باولو|بوينس آيرس
ريو|ريو دي جانيرو|لوس أنجلوس|سان فرانسيسكو
تركيا إيران روسيا الصين أمريكا أميركا فرنسا ألمانيا بريطانيا إيطاليا إسبانيا أوكرانيا الهند باكستان أفغانستان
اليابان كوريا إثيوبيا إريتريا تشاد النيجر السنغال نيجيريا كينيا|الولايات المتحدة|المملكة المتحدة
"""


def _entries(block: str) -> list[str]:
    """The places of a block: one-word places apart by spaces, several words' places by bars."""
    out: list[str] = []
    for line in block.strip().splitlines():
        single, *several = line.split("|")
        out += single.split()
        out += [p.strip() for p in several if p.strip()]
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, ...]]]:
    """Folded places by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for place in _entries(_ARAB_WORLD) + _entries(_WORLD):
        words = tuple(fold(place).split())
        if words:
            index.setdefault(words[0], []).append(words)
    for forms in index.values():
        forms.sort(key=lambda f: -len(f))
    return index


def is_place(keys: list[str]) -> bool:
    """Are the folded words ``keys`` together one known place?"""
    return bool(keys) and place_words(keys, 0) == len(keys)


def place_words(keys: list[str], i: int) -> int:
    """How many of the folded words ``keys[i:]`` a known place takes (0 when none starts there)."""
    if i >= len(keys):
        return 0
    for words in _index().get(keys[i], ()):
        if tuple(keys[i:i + len(words)]) == words:
            return len(words)
    return 0

