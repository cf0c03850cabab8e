"""Lines as words and marks: the tokens every credit and cue parser reads.

A line is cut into word tokens (letters and digits, with their diacritics and a stretching tatweel)
and mark tokens (everything else that is not a space), each mark put in one class by its Unicode
category, so that no parser lists separators: an em dash, a figure dash, a tatweel standing alone,
a slash or a vertical bar are all ``SEP``; ``(``, ``[``, ``«``, ``“`` are ``OPEN`` and their mates
``CLOSE``; a full stop, a comma and a colon keep classes of their own because grammar tells them
apart (initials are written with stops: أ.ف.ب).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .arabic import fold

WORD = "word"
OPEN = "open"        # Ps, Pi: ( [ { « “ ‹
CLOSE = "close"      # Pe, Pf: ) ] } » ” ›
STOP = "stop"        # . … ۔
COMMA = "comma"      # , ، ; ؛
COLON = "colon"      # : ：
SEP = "sep"          # every other punctuation or symbol: dashes of every kind, a lone tatweel, / | • ~ *

TATWEEL = "\u0640"     # the stretching letter: a mark when it stands alone
_STOPS = frozenset(".…۔。")
_COMMAS = frozenset(",،;؛")
COLONS = frozenset(":：﹕")      # what a label closes on


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str          # as written
    start: int         # offsets in the line
    end: int
    key: str = ""      # a word's folded form (see ``arabic.fold``); a mark's own character


@lru_cache(maxsize=512)
def mark_class(ch: str) -> str:
    """The class of one non-word, non-space character."""
    if ch == TATWEEL:
        return SEP
    if ch in _STOPS:
        return STOP
    if ch in _COMMAS:
        return COMMA
    if ch in COLONS:
        return COLON
    cat = unicodedata.category(ch)
    if cat in ("Ps", "Pi"):
        return OPEN
    if cat in ("Pe", "Pf"):
        return CLOSE
    if cat in ("Sm", "So"):
        # a symbol drawn as a bracket's half (⌜ ⌝, ⎡ ⎤) encloses as a bracket does; its name says its side
        words = unicodedata.name(ch, "").split()
        if not _BRACKET_SHAPES.isdisjoint(words) and ("LEFT" in words) != ("RIGHT" in words) and "BOX" not in words:
            return OPEN if "LEFT" in words else CLOSE
    return SEP


_BRACKET_SHAPES = frozenset(("CORNER", "BRACKET", "PARENTHESIS"))


_DIACRITIC_RANGE = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f"
# A word starts with a letter or digit (never a tatweel or "_") and runs on through letters, digits,
# diacritics and stretching tatweel; anything else that is not a space is one mark.
_TOKEN = re.compile(f"(?P<w>[^\\W_\u0640][\\w{_DIACRITIC_RANGE}]*)|(?P<m>\\S)")
_FOLDED: dict[str, str] = {}
_MAX_FOLDED = 50_000


def _key(word: str) -> str:
    """A word's folded form, remembered (the same few thousand words make up most lines)."""
    key = _FOLDED.get(word)
    if key is None:
        key = fold(word).replace(" ", "")
        if len(_FOLDED) < _MAX_FOLDED:
            _FOLDED[word] = key
    return key


def tokens(line: str) -> list[Token]:
    """Words and marks of ``line``, in order. A tatweel that follows a letter belongs to its word
    (a stretch, or a clitic: لـ); one after a space or a mark is a dash."""
    out: list[Token] = []
    for m in _TOKEN.finditer(line):
        text = m.group()
        if m.lastgroup == "w":
            word = text.rstrip("_")
            out.append(Token(WORD, word, m.start(), m.start() + len(word), _key(word)))
        elif unicodedata.category(text) != "Cf":          # zero-width and bidi controls are no marks
            out.append(Token(mark_class(text), text, m.start(), m.end(), text))
    return out


def words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.kind == WORD]


def is_mark(t: Token) -> bool:
    return t.kind != WORD
