"""Arabic text cleaning and folding, shared by the HTML extractor and the plain-text segmenter.

Two different jobs live here:

* ``clean`` makes text fit for output: it removes what a reader never sees (zero-width and bidi
  controls, stretching tatweel) and collapses whitespace, but keeps letters, diacritics and digits
  as published.
* ``fold`` makes text fit for *matching* (cue phrases, duplicate titles): hamza forms, alef maqsura,
  taa marbuta, diacritics, tatweel and punctuation are folded away. Folded text is never output.
"""

from __future__ import annotations

import re
import unicodedata

from pyarabic import araby

# Zero-width and bidi control characters (ZWSP..RLM, LRE..RLO, LRI..PDI, BOM, soft hyphen, ALM).
_INVISIBLE_CHARS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_RARE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c\u0640]")
# Whitespace str.split() knows besides the four counted by visible_length_above.
_OTHER_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Tatweel between two letters (optionally with diacritics) only stretches a word: drop it.
# A tatweel that marks a clitic before a quote, digit or word end (لـ«الصباح», بـ10) is kept.
_STRETCH = re.compile(f"(?<=[{_ARABIC_LETTER}\u064b-\u0652])\u0640+(?=[{_ARABIC_LETTER}\u0640])")
# A run of tatweel on a letter is one stretch (kept once when it marks a clitic: "لـــ«" -> "لـ«"); a run standing
# alone between spaces is a dash as written ("القاهرة (رويترز) ـــ"), kept as it is.
_EXTRA_TATWEEL = re.compile("(?<=[^\\s\u0640])\u0640{2,}")
_DIACRITIC_CHARS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_DIACRITICS = re.compile(f"[{_DIACRITIC_CHARS}]")
# Marks written inside a word's letters (short vowels, shadda, sukun, Quranic marks, tatweel): what a
# search for a word's letters in raw text must read past.
INSIDE_WORD_MARKS = re.compile(f"[{_DIACRITIC_CHARS}\u0640]")
# The letters Persian and Urdu keyboards type for Arabic ones (Farsi yeh, keheh, swash kaf, heh goal, ae, teh
# marbuta goal): pages typed on them ("اقرأ أیضاً", "وکالة") read as the Arabic letters do.
_VARIANT_LETTERS = {"\u06cc": "ي", "\u06a9": "ك", "\u06aa": "ك", "\u06c1": "ه", "\u06d5": "ه", "\u06c0": "ه",
                    "\u06c3": "ه"}
_FOLD_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                               "ؤ": "و", "ئ": "ي", "ـ": None, **_VARIANT_LETTERS})
# What a search for a word's letters in raw text must read past or read as another letter: the marks written
# inside words and the Persian and Urdu letters (one scan tells a text has neither).
UNREAD_IN_RAW = re.compile(f"[{_DIACRITIC_CHARS}\u0640{''.join(_VARIANT_LETTERS)}]")
_UNIFY = str.maketrans(_VARIANT_LETTERS)


def as_plain_letters(text: str) -> str:
    """``text`` without the marks written inside its words, and with the Persian and Urdu forms of Arabic letters
    as the Arabic ones: its letters as a search of raw text expects them."""
    return INSIDE_WORD_MARKS.sub("", text).translate(_UNIFY)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# fold's character work: what it deletes in one pattern (a scan that rarely matches), then each letter
# to fold by str.replace, present ones only. (str.translate looks every character up in a dict: 50 us
# on a 900-character paragraph, against 8 us for this.)
_FOLD_DELETE = re.compile(f"[{_INVISIBLE_CHARS}{_DIACRITIC_CHARS}\u0640]")
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_LETTERS.items() if v is not None)
_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_NON_WORD = re.compile(r"[^\w]+")
_ARABIC_RUN = re.compile(f"[{_ARABIC_LETTER}]+")
# Letters (\w but not digits or "_") outside the Arabic letter ranges, which are all letters themselves.
_OTHER_LETTER_RUN = re.compile(rf"[^\W\d_{_ARABIC_LETTER}]+")


def clean(text: str | None, *, strip_diacritics: bool = False, ascii_digits: bool = False) -> str:
    """Output-ready text: invisible controls and stretching tatweel out, whitespace collapsed."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _RARE.search(text):                  # most text has neither controls nor tatweel: skip the work
        text = _INVISIBLE.sub("", text)
        if "\u0640" in text:
            text = _STRETCH.sub("", text)
            text = _EXTRA_TATWEEL.sub("\u0640", text)
    if strip_diacritics:
        text = araby.strip_tashkeel(text)
    if ascii_digits:
        text = text.translate(_ARABIC_DIGITS)
    return " ".join(text.split())          # every Unicode space run to one space (faster than a regex)


def _prefix_cut(limit: int) -> int:
    """How much of a text ``visible_length_above`` cleans first: past this length a text is long."""
    return 4 * limit + 64


def visible_length_above(text: str, limit: int) -> bool:
    """Is ``len(clean(text)) > limit``, told without cleaning (a tenth of the cost on long texts)?
    Counts the characters that are not ASCII spaces; only when the text has no other whitespace, nothing
    ``clean`` removes and nothing NFC would compose is that count a lower bound, else it cleans."""
    if len(text) <= limit:
        return False
    solid = len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
    if solid > limit and not _OTHER_SPACE.search(text) and not _RARE.search(text) \
            and unicodedata.is_normalized("NFC", text):
        return True
    # A long text is first told by a prefix (cleaning a whole body text to learn it is longer than 60
    # took 0.1 ms a call). Text after the cut only adds to the cleaned prefix (a trailing tatweel it turns
    # into a stretch comes with the letter it brings); one character of margin is kept all the same.
    cut = _prefix_cut(limit)
    if len(text) > cut and len(clean(text[:cut])) > limit + 1:
        return True
    return len(clean(text)) > limit


def clean_within(text: str, limit: int) -> str | None:
    """``clean(text)`` when that is at most ``limit`` characters long, else None: a long text is told by
    ``visible_length_above`` without being cleaned whole, a short one is cleaned once (not once to learn
    its length and again for its text)."""
    if len(text) > _prefix_cut(limit) and visible_length_above(text, limit):
        return None
    cleaned = clean(text)
    return cleaned if len(cleaned) <= limit else None


def mostly_arabic(text: str) -> bool:
    """``arabic_share(text) > 0.5``. When the Arabic letters alone outnumber every other character, no
    other letter needs counting (that count reads every character by its Unicode category)."""
    arabic = sum(map(len, _ARABIC_RUN.findall(text)))
    if 2 * arabic > len(text):
        return True
    return arabic > sum(map(len, _OTHER_LETTER_RUN.findall(text)))


def fold(text: str | None) -> str:
    """Matching key: no diacritics, tatweel or punctuation; hamza/yaa/taa forms folded; lowercase."""
    if not text:
        return ""
    text = _FOLD_DELETE.sub("", unicodedata.normalize("NFKC", text))
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    if _EASTERN_DIGIT.search(text):
        text = text.translate(_ARABIC_DIGITS)
    return _NON_WORD.sub(" ", text.lower()).strip()


def fold_letters(text: str) -> str:
    """Diacritics and tatweel out, hamza/yaa/taa forms folded, ASCII digits; punctuation and case kept
    (for grammars that read numbers and separators, such as dates)."""
    return _DIACRITICS.sub("", text).translate(_FOLD_LETTERS).translate(_ARABIC_DIGITS)


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic (0 for text without letters). Counted by runs, not characters
    (a few matches a word); the other letters apart, which in Arabic text are few matches, not a word each."""
    arabic = sum(map(len, _ARABIC_RUN.findall(text)))
    letters = arabic + sum(map(len, _OTHER_LETTER_RUN.findall(text)))
    return arabic / letters if letters else 0.0
