"""Dates: machine values (ISO 8601 and friends) and Arabic date text.

Arabic date text is normalised before it is parsed, because dateparser alone misses forms that
Arabic publishers use every day: Levantine months (تشرين الثاني, شباط), Maghrebi ones (غشت, ماي,
جويلية, فيفري), dual forms (شباط/فبراير, آب (أغسطس)), tatweel inside a month name, labels such as
"نشر في:" or "آخر تحديث:", "بتوقيت مكة المكرمة", Arabic-Indic digits and Hijri dates. After
normalisation the common shapes are read by a small regular grammar; anything else (relative dates
such as "منذ 3 ساعات") goes to dateparser with the publisher's time zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .arabic import fold_letters

# Folded month names -> month number. Longest names are tried first (تشرين الثاني before تشرين).
_GREGORIAN = {
    # Egyptian / Gulf transliterations
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "يوليوز": 7, "اغسطس": 8, "اغسطوس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghrebi (Tunisia, Algeria, Morocco)
    "جانفي": 1, "فيفري": 2, "جوان": 6, "جويليه": 7, "جويلية": 7, "اوت": 8, "غشت": 8, "شتنبر": 9,
    "نونبر": 11, "دجنبر": 12,
}
_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "جمادي الاولي": 5,
    "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}
# Single folded words a date is written with: month and day names, era and clock marks, linking words
# ("الرياض 15 رجب 1445 هـ الموافق 27 يناير 2024 م"). Credits hold a place, a date and marks: these are the date.
_DAY_NAMES = ("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "سبت", "احد", "اثنين",
              "ثلاثاء", "اربعاء", "خميس", "جمعه")
_ENGLISH = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


# A week's days by name, with the article ("الجمعة"): before a date, never a name's word.
DAY_NAMES = frozenset(n for n in _DAY_NAMES if n.startswith("ال"))


# The first word of every month's name, folded ("يناير", "كانون", "ربيع"), and the English ones' short forms.
MONTH_WORDS = frozenset({name.split()[0] for name in (*_GREGORIAN, *_HIJRI)} | set(_ENGLISH))
DATE_WORDS = frozenset(
    {w for name in (*_GREGORIAN, *_HIJRI) for w in name.split()} | set(_DAY_NAMES)
    | {"ه", "م", "ص", "الموافق", "موافق", "في", "يوم", "الساعه", "ساعه", "صباحا", "مساء", "ظهرا", "عصرا", "ليلا",
       "فجرا", "امس", "اليوم", "غدا", "ميلادي", "هجري", "gmt", "am", "pm", *_ENGLISH}
)


def _alternation(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_MONTH_RE = re.compile(rf"(?<![\w])({_alternation(_GREGORIAN)})(?![\w])")
_HIJRI_RE = re.compile(
    rf"(\d{{1,2}})\s+({_alternation(_HIJRI)})\s+(1[34]\d\d)\s*(?:ه|هـ|هجري|هجريه)?(?![\w])")
_EN_MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
# "شباط/فبراير", "آب (أغسطس)", "مارس/ آذار": two names of one month -> one token.
_DUAL = re.compile(r"§(\d+)§\s*(?:/|\(|-|–)\s*§\1§\s*\)?")
_DMY_NAMED = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*(?:(?:من|of)\s+)?§(\d+)§\s*[,،]?\s*(\d{4})(?!\d)", re.I)
_MDY_NAMED = re.compile(r"§(\d+)§\s*(\d{1,2})\s*[,،]?\s*(\d{4})(?!\d)")
# Numeric dates: the same separator twice, spaced or not ("21-9-2025", "21 / 9 / 2025").
_YMD = re.compile(r"(?<!\d)(\d{4}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(صباحا|مساء|ظهرا|عصرا|ليلا|فجرا|ص|م|am|pm)?(?![\w])",
                   re.I)
_OFFSET = re.compile(r"(?:gmt|utc|غرينتش|جرينتش)\s*([+-])\s*(\d{1,2}):?(\d{2})?", re.I)
_LOCAL_ZONES = {
    "مكه": "Asia/Riyadh", "الرياض": "Asia/Riyadh", "السعوديه": "Asia/Riyadh", "القاهره": "Africa/Cairo",
    "مصر": "Africa/Cairo", "بيروت": "Asia/Beirut", "دمشق": "Asia/Damascus", "بغداد": "Asia/Baghdad",
    "الامارات": "Asia/Dubai", "ابوظبي": "Asia/Dubai", "دبي": "Asia/Dubai", "الدوحه": "Asia/Qatar",
    "عمان": "Asia/Amman", "القدس": "Asia/Jerusalem", "تونس": "Africa/Tunis", "الجزائر": "Africa/Algiers",
    "المغرب": "Africa/Casablanca", "الرباط": "Africa/Casablanca", "الكويت": "Asia/Kuwait",
    "غرينتش": "UTC", "جرينتش": "UTC",
}
_ZONE_RE = re.compile(rf"بتوقيت\s+(?:مدينه\s+)?({_alternation(_LOCAL_ZONES)})")
# Labels that say a stamp is an update, not the first publication.
UPDATE_LABEL = re.compile(r"تحديث|محدث|حدث في|عدل|updated|modified", re.I)


@lru_cache(maxsize=64)
def zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def normalise(text: str) -> str:
    """Folded, ASCII-digit form of a date string with month names replaced by §N§ tokens."""
    s = fold_letters(text).lower()
    s = s.replace("\u060c", "،").replace("\xa0", " ")
    s = _MONTH_RE.sub(lambda m: f"§{_GREGORIAN[m.group(1)]}§", s)
    s = _EN_MONTH_RE.sub(lambda m: f"§{_ENGLISH[m.group(1).lower()[:3]]}§", s)
    s = _DUAL.sub(r"§\1§", s)
    return re.sub(r"\s+", " ", s)


def _apply_time(day: datetime, norm: str, after: int) -> datetime | None:
    m = _TIME.search(norm, after) or _TIME.search(norm)
    if not m:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    marker = (m.group(4) or "").lower()
    if marker in ("م", "مساء", "pm", "عصرا", "ليلا") and hour < 12:
        hour += 12
    elif marker == "ظهرا" and hour < 11:
        hour += 12
    elif marker in ("ص", "صباحا", "am", "فجرا") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return day.replace(hour=hour, minute=minute, second=second)


def _zone_of(norm: str, default: tzinfo | None) -> tzinfo | None:
    m = _OFFSET.search(norm)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    m = _ZONE_RE.search(norm)
    if m:
        return zone(_LOCAL_ZONES[m.group(1)])
    return default


# Years of the Hijri calendar a page of our time writes (1300 AH is 1882): never a Gregorian news date.
HIJRI_YEARS = range(1300, 1500)


def _numeric_date(y: int, m: int, d: int) -> datetime | None:
    """A date written in digits: Hijri when its year is one of ``HIJRI_YEARS`` ("1446/08/12 هـ"), converted."""
    return _hijri(y, m, d) if y in HIJRI_YEARS else _safe_date(y, m, d)


def _safe_date(y: int, m: int, d: int) -> datetime | None:
    try:
        return datetime(y, m, d)
    except ValueError:
        return None


def parse_text_date(text: str | None, tz: str | None = None, *, allow_dateparser: bool = True,
                    relative_tz: str | None = None) -> datetime | date | None:
    """A datetime from Arabic (or English) date text; a date when the text gives no time; or None.

    A datetime is naive only when neither the text nor ``tz`` gives a zone. ``relative_tz`` is the
    zone relative dates ("منذ 3 ساعات") are read in when ``tz`` is not given."""
    if not text or len(text) > 300:
        return None
    norm = normalise(text)
    default = zone(tz)
    found: datetime | None = None
    end = 0
    # A Gregorian date the text gives beside a Hijri one ("21 ربيع الآخر 1447 هـ الموافق 14 أكتوبر 2025 م") is the
    # page's own word: a conversion may differ from it by a day (sighting against the Umm al-Qura tables).
    if (m := _DMY_NAMED.search(norm)) and (found := _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))):
        end = m.end()
    if found is None and (m := _HIJRI_RE.search(norm)):
        found, end = _hijri(int(m.group(3)), _HIJRI[m.group(2)], int(m.group(1))), m.end()
    if found is None and (m := _MDY_NAMED.search(norm)):
        found, end = _safe_date(int(m.group(3)), int(m.group(1)), int(m.group(2))), m.end()
    if found is None and (m := _YMD.search(norm)):
        found, end = _numeric_date(int(m.group(1)), int(m.group(3)), int(m.group(4))), m.end()
    if found is None and (m := _DMY.search(norm)):
        found, end = _numeric_date(int(m.group(4)), int(m.group(3)), int(m.group(1))), m.end()
    if found is None:
        return _dateparser(text, tz or relative_tz) if allow_dateparser else None
    timed = _apply_time(found, norm, end)
    if timed is None:
        return found.date()
    zinfo = _zone_of(norm, default)
    return timed.replace(tzinfo=zinfo) if zinfo else timed


def _hijri(year: int, month: int, day: int) -> datetime | None:
    try:
        from hijridate import Hijri

        g = Hijri(year, month, day).to_gregorian()
        return datetime(g.year, g.month, g.day)
    except (ImportError, ValueError, OverflowError):
        return None


# What a text must hold to name a day: a year, a numeric date, a month name (§N§ once normalised) or a
# relative day.
_NAMES_A_DAY = re.compile(r"\d{4}|\d{1,2}\s*[/.\-]\s*\d{1,2}|منذ|امس|أمس|اليوم|البارحة|ago|yesterday|today", re.I)


def _dateparser(text: str, tz: str | None) -> datetime | None:
    """Relative and unusual forms. dateparser is imported only when a page needs it."""
    if not _NAMES_A_DAY.search(text) and "§" not in normalise(text):
        return None                       # a clock alone ("في 9:23 ص") names no day: a date is never invented
    try:
        import dateparser
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    settings = {"RETURN_AS_TIMEZONE_AWARE": bool(tz), "PREFER_DATES_FROM": "past"}
    if tz:
        settings["TIMEZONE"] = tz
    try:
        return dateparser.parse(text, languages=["ar", "en"], settings=settings)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None


_ISO_FIX = re.compile(r"([+-]\d{2})(\d{2})$")


def parse_machine_date(value: str | None, tz: str | None = None) -> datetime | date | None:
    """A datetime from a machine date (ISO 8601 with or without offset, or a text fallback)."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    iso = s.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", s) else s
    iso = re.sub(r"\.\d+(?=Z|[+-]\d|$)", "", iso).replace("Z", "+00:00").replace("z", "+00:00")
    iso = _ISO_FIX.sub(r"\1:\2", iso)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        try:
            return date.fromisoformat(iso)
        except ValueError:
            return None
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return parse_text_date(s, tz)
    if dt.tzinfo is None and (default := zone(tz)):
        dt = dt.replace(tzinfo=default)
    return dt


def iso(dt: datetime | date | None) -> str | None:
    if dt is None:
        return None
    if not isinstance(dt, datetime):
        return dt.isoformat()
    if dt.tzinfo is not None and dt.utcoffset() == timedelta(0):
        dt = dt.astimezone(UTC)
    return dt.isoformat(timespec="seconds")


_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(?:[a-z_\-]+/)?(\d{1,2})/(\d{1,2})(?:/|$)")


def date_from_url(url: str | None) -> date | None:
    """/2020/8/24/ or /2013/middle_east/8/3/ style paths."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    found = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return found.date() if found else None


# The zone of a country-code domain, for pages that print times without an offset and belong to no
# known publisher. One zone per country (the capital's) where a country has several.
CCTLD_ZONES = {
    "eg": "Africa/Cairo", "sa": "Asia/Riyadh", "ae": "Asia/Dubai", "qa": "Asia/Qatar", "kw": "Asia/Kuwait",
    "bh": "Asia/Bahrain", "om": "Asia/Muscat", "ye": "Asia/Aden", "iq": "Asia/Baghdad", "sy": "Asia/Damascus",
    "lb": "Asia/Beirut", "jo": "Asia/Amman", "ps": "Asia/Hebron", "ma": "Africa/Casablanca", "dz": "Africa/Algiers",
    "tn": "Africa/Tunis", "ly": "Africa/Tripoli", "sd": "Africa/Khartoum", "mr": "Africa/Nouakchott",
    "so": "Africa/Mogadishu", "dj": "Africa/Djibouti", "km": "Indian/Comoro", "tr": "Europe/Istanbul",
    "ir": "Asia/Tehran",
}


def zone_of_host(host: str | None) -> str | None:
    """The zone of a host's country-code domain (news.example.com.eg -> Africa/Cairo), or None."""
    if not host:
        return None
    return CCTLD_ZONES.get(host.lower().rstrip(".").rsplit(".", 1)[-1])


def localise(value: datetime | date | None, tz: str | None) -> tuple[datetime | date | None, bool]:
    """(value, inferred): a naive date-time takes ``tz`` (inferred=True); without a zone it is cut to
    its date, so that no naive date-time is ever written."""
    if not isinstance(value, datetime) or value.tzinfo is not None:
        return value, False
    if tz and (zinfo := zone(tz)):
        return value.replace(tzinfo=zinfo), True
    return value.date(), False



def full_time(value: datetime | date | None, tz: str | None) -> tuple[datetime | None, str | None]:
    """(moment, precision). Every date is written as a full date-time with an offset, so that a file's
    column loads as one type in pandas, SQLite and DuckDB: a date alone becomes midnight in ``tz`` (UTC
    when unknown) with precision "day"; a date-time keeps its time, precision "time"."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value, "time"
    return datetime(value.year, value.month, value.day, tzinfo=zone(tz) or UTC), "day"
