"""Lines as words and marks: the tokens every credit and cue parser reads.

A line is cut into word tokens (letters and digits, with their diacritics and a stretching tatweel)
and mark tokens (everything else that is not a space), each mark put in one class by its Unicode
category, so that no parser lists separators: an em dash, a figure dash, a tatweel standing alone,
a slash or a vertical bar are all ``SEP``; ``(``, ``[``, ``«``, ``“`` are ``OPEN`` and their mates
``CLOSE``; a full stop, a comma and a colon keep classes of their own because grammar tells them
apart (initials are written with stops: أ.ف.ب).
"""

from __future__ import annotations

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

_TATWEEL = "\u0640"
_STOPS = frozenset(".…۔。")
_COMMAS = frozenset(",،;؛")
_COLONS = frozenset(":：﹕")


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
    if ch == _TATWEEL:
        return SEP
    if ch in _STOPS:
        return STOP
    if ch in _COMMAS:
        return COMMA
    if ch in _COLONS:
        return COLON
    cat = unicodedata.category(ch)
    if cat in ("Ps", "Pi"):
        return OPEN
    if cat in ("Pe", "Pf"):
        return CLOSE
    return SEP


def _is_word_char(ch: str) -> bool:
    if ch == _TATWEEL:
        return False
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc")


def tokens(line: str) -> list[Token]:
    """Words and marks of ``line``, in order. A tatweel that follows a letter belongs to its word
    (a stretch, or a clitic: لـ); one after a space or a mark is a dash."""
    out: list[Token] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch.isspace() or unicodedata.category(ch) == "Cf":
            i += 1
            continue
        if _is_word_char(ch):
            j = i + 1
            while j < n and (_is_word_char(line[j]) or line[j] == _TATWEEL):
                j += 1
            word = line[i:j]
            out.append(Token(WORD, word, i, j, fold(word).replace(" ", "")))
            i = j
            continue
        out.append(Token(mark_class(ch), ch, i, i + 1, ch))
        i += 1
    return out


def words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.kind == WORD]


def is_mark(t: Token) -> bool:
    return t.kind != WORD
