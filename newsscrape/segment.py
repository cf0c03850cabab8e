"""Plain text in: split a text dump of an article (blocks parted by blank lines, or a line each) into record fields.

Scrapers and datasets often keep only the page's text, with the body, the source line and the
related lists run together. The same cue rules as the HTML extractor take them apart:

* the body runs until the first source line or related-list cue;
* a source line (``المصدر: صدى البلد``) or lone agency tag gives ``source``;
* a read-also cue with its title on one line, met in the body, is a line set in the body: the body
  goes on after it;
* a read-also cue alone met in the body (before the source line) is followed by its title, and the body
  goes on after it;
* after a read-also cue alone after the body, the first block is a title; longer blocks that end a
  sentence are that article's quoted text (its ``excerpt``); further short, unpunctuated blocks are more
  read-also titles; a cue glued to a title (``اقرأ أيضاًمصطفى بكري ...``) is a title too;
* after a similar/related cue, each line (bullets stripped) is a ``similar`` title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .extract.thresholds import MIN_ITEM_WORDS
from .record import Article, Related
from .text.arabic import clean, mostly_arabic
from .text.credits import closing_tag, credit_line, dateline, source_line
from .text.cues import MORE, OTHER, PICKS, READ_ALSO, SIMILAR, UNTIED, is_boilerplate, match_cue

_BLOCKS = re.compile(r"\n\s*\n")
# A list item's bullet: a mark or two of the separators' class (a dash, a dot, an arrow, any symbol: "◀", "⬅️",
# "➤"; a variation selector may follow an emoji's), or a number of one or two digits in any script and its
# closing mark ("3.", "١)") or in brackets ("(2)", "[٣]"), or one letter and a closing bracket ("أ)", "b)"), spaces
# after it.
_BULLET = re.compile(r"^\s*(?:[•·▪●○◦\-–—*]"
                     r"|[^\w\s\(\[«\"“'](?:[\ufe0f\u200d]?[^\w\s\(\[«\"“'])?[\ufe0f]?(?=\s)"
                     r"|\d{1,2}[.)\-](?=\s)|\d+[.)]|[(\[]\d{1,2}[)\]](?=\s)|[^\W\d_]\)(?=\s))\s*")
_SENTENCE_END = re.compile(r"[.!؟?…»\"”:]\s*$")


def _is_title_like(text: str, *, asking: bool = False) -> bool:
    """Headlines are short and do not end a sentence with a full stop; ``asking``: a question or an exclamation
    may close one (the title a read-also cue announces: "ما الذي يعنيه …؟")."""
    return len(text.split()) <= 30 and not re.search(r"\.\s*$" if asking else r"[.!؟?]\s*$", text)


def segment_text(text: str, *, title: str | None = None, url: str | None = None) -> Article:
    """A record (same fields as ``extract_article``) from a plain-text article dump."""
    # each block's lines as written (a body paragraph keeps its opening mark: "* ما الذي يحدث …؟") and bare,
    # a bullet off, for reading cues, titles and source lines; a block of bullets alone is none
    pairs = [(w, b) for w, b in (_block_lines(raw) for raw in _raw_blocks(text.replace("\r\n", "\n"))) if b]
    written, blocks = [w for w, _ in pairs], [b for _, b in pairs]
    if title is None and len(blocks) > 1 and len(blocks[0]) == 1 and _is_title_like(blocks[0][0]) \
            and len(blocks[0][0].split()) <= 20 and not match_cue(blocks[0][0]):
        title = blocks.pop(0)[0]
        written.pop(0)
    reading = _read(blocks, written)
    paragraphs, related, source, source_text = reading.paragraphs, reading.related, reading.source, reading.source_text
    if source is None and paragraphs and (opened := dateline(paragraphs[0])):
        source, source_text = opened
    if source is None and paragraphs and (tagged := closing_tag(paragraphs[-1])):
        source, source_text, paragraphs[-1] = tagged
    body = "\n\n".join(paragraphs)
    return Article(
        url=url,
        title=clean(title) if title else _title_from(paragraphs),
        paragraphs=tuple(paragraphs),
        source=source,
        source_text=source_text,
        related=tuple(Related(**r) for r in related),
        lang="ar" if mostly_arabic(body) else None,
        extractor="segment",
    )


@dataclass
class _Reading:
    paragraphs: list[str]
    related: list[dict]
    source: str | None
    source_text: str | None
    taken: set[int]          # the blocks read as related: cues, titles, excerpts


def _read(blocks: list[list[str]], written: list[list[str]]) -> _Reading:
    """The body, the related lists and the source line of ``blocks`` (bare lines), with the body's
    paragraphs as ``written``."""
    paragraphs: list[str] = []
    taken: set[int] = set()
    related: list[dict] = []
    source = source_text = None
    mode = "body"            # body -> tail (after a source line) -> read_also / similar lists
    current: dict | None = None
    # A read-also cue alone before the source line stands inside the body: its title follows it, then the body
    # goes on (after the body, as in the seed, the blocks after a title are that story's excerpt).
    source_at = next((n for n in range(len(blocks)) if _source_in(blocks[n], written[n])), len(blocks))
    title_next = False

    for n, lines in enumerate(blocks):
        joined = clean(" ".join(lines))
        if title_next:
            title_next = False
            if _is_title_like(joined, asking=True) and not match_cue(lines[0], max_extra_words=40):
                for line in lines:
                    _add_item(related, line, READ_ALSO)
                taken.add(n)
                continue
        cue = match_cue(lines[0], max_extra_words=40)
        if cue and (cue[0] not in UNTIED or mode != "body" or _is_heading(lines[0])):
            taken.add(n)
            # (in the body, a site-wide cue must be a heading: "الأكثر إثارة أن …" opens a sentence)
            kind, rest = cue
            if kind == OTHER:            # the site's other stories: this one's when they follow its body
                kind = SIMILAR if mode in ("body", "tail") else MORE
            elif kind == PICKS:          # the editors' picks: a heading ends the body, so never inside it
                kind = MORE
            if kind == READ_ALSO and rest and mode == "body" and len(lines) == 1:
                _add_item(related, rest, kind)  # a read-also line set in the body: the body goes on after it
                continue
            if kind == SIMILAR and mode == "body" and len(lines) == 1 and n < source_at:
                # a related cue and one title, the body going on after them (a sentence before the source line),
                # is a read-also line ("ننصحك بقراءة: …"), its title on the cue's line or the next
                alone = len(rest.split()) < MIN_ITEM_WORDS
                after = n + 2 if alone else n + 1
                if any(not _is_title_like(clean(" ".join(b))) for b in blocks[after:source_at]) \
                        and (not alone or _is_title_like(clean(" ".join(blocks[n + 1])), asking=True)):
                    if alone:
                        title_next = True
                    else:
                        _add_item(related, rest, READ_ALSO)
                    continue
            if kind == READ_ALSO and mode == "body" and n < source_at:
                titles = ([rest] if len(rest.split()) >= MIN_ITEM_WORDS else []) + lines[1:]
                for line in titles:
                    _add_item(related, line, kind)
                title_next = not titles
                continue
            mode = kind
            current = None
            # a heading's qualifier ("الأكثر مشاهدة | اليوم") is no story's title
            items = ([rest] if len(rest.split()) >= MIN_ITEM_WORDS else []) + lines[1:]
            for line in items:
                current = _add_item(related, line, kind)
            continue
        if found := _source_in(lines, written[n]):
            source = source or found[0]
            source_text = source_text or found[1]
            if mode == "body":
                mode = "tail"
            continue
        if mode in ("body", "tail"):
            if not is_boilerplate(joined):
                paragraphs.append(clean(" ".join(written[n])))
            continue
        # Inside a related list.
        taken.add(n)
        if mode == READ_ALSO and current is not None and not _is_title_like(joined, asking=True):
            current["excerpt"] = (current.get("excerpt", "") + "\n\n" + joined).strip()
            continue
        for line in lines:
            current = _add_item(related, line, mode)

    return _Reading(paragraphs, related, source, source_text, taken)


def related_lines(lines: list[str]) -> tuple[set[int], list[dict]]:
    """Which of an article's ``lines`` (one paragraph each, as a page's data gives its body) are related
    lists, cues and their titles, read as a dump's blocks are; and the items they give (no address)."""
    pairs = [_block_lines(line) for line in lines]
    reading = _read([b or w for w, b in pairs], [w for w, _ in pairs])
    return reading.taken, reading.related


def _source_in(lines: list[str], written: list[str]) -> tuple[str, str] | None:
    """(source, line) of a block that is a source line, read bare, then as written: a mark a list's bullet would
    be is a credit's own ("➤ قناة الجزيرة")."""
    for text in dict.fromkeys((clean(" ".join(lines)), clean(" ".join(written)))):    # (once when no bullet)
        if name := _source_of(text):
            return name, text
    return None


def _source_of(block: str) -> str | None:
    """The source a block names when it is a source line ("المصدر: صدى البلد", "(وكالات)") or a credit line ("➤ قناة
    الجزيرة", "بترا - عمّان"), as the body's last block of a page is read, else None."""
    return source_line(block) or credit_line(block) if len(block) <= MAX_SOURCE_BLOCK_CHARS else None


MAX_SOURCE_BLOCK_CHARS = 100      # a source line is a short block


def _is_heading(line: str) -> bool:
    """A line that is a list's heading: a cue with a few words at most after it, not a sentence."""
    return _is_title_like(line) and match_cue(line) is not None


def _raw_blocks(text: str) -> list[str]:
    """The text's blocks: what blank lines part, each of its lines a block of its own (a dump whose paragraphs,
    source line and list items are one line each), unless the lines are one paragraph wrapped at a width."""
    out: list[str] = []
    for block in _BLOCKS.split(text.strip()):
        lines = [line for line in block.split("\n") if line.strip()]
        out += [block] if _wrapped(lines) else lines
    return out


def _wrapped(lines: list[str]) -> bool:
    """Are ``lines`` one paragraph wrapped at a width: two or more, every one but the last as long as the
    longest within ``WRAP_SLACK``, the longest no wider than a wrapping editor's ``MAX_WRAP_CHARS``?"""
    if len(lines) < 2:
        return True
    widths = [len(line.strip()) for line in lines[:-1]]
    return max(widths) <= MAX_WRAP_CHARS and min(widths) >= max(widths) * (1 - WRAP_SLACK)


MAX_WRAP_CHARS = 100      # text wrapped by an editor or a mail program: lines of 60 to 80 characters, rarely more
WRAP_SLACK = 0.25         # how much shorter than the longest a wrapped line (but the last) may be


def _block_lines(raw: str) -> tuple[list[str], list[str]]:
    """A block's lines as written and bare (a bullet off), each without its empty lines."""
    lines = [c for c in (clean(line) for line in raw.split("\n")) if c]
    return lines, [c for c in (clean(_BULLET.sub("", line)) for line in lines) if c]


def _add_item(related: list[dict], line: str, kind: str) -> dict | None:
    title = clean(_BULLET.sub("", line))
    if not title:
        return None
    item = {"title": title, "url": None, "kind": kind}
    related.append(item)
    return item


def _title_from(paragraphs: list[str]) -> str:
    """A dump has no headline: the first sentence of the body stands in (never empty)."""
    if not paragraphs:
        return "(untitled)"
    first = re.split(r"(?<=[.!؟?])\s", paragraphs[0], maxsplit=1)[0]
    words = first.split()
    return " ".join(words[:20]) + (" …" if len(words) > 20 else "")
