"""Health across runs: per publisher, what each run fetched, wrote and skipped, and how often each field a
redesign breaks was filled; then this run against the publisher's own history, with a flag and its reason
where a figure fell. No Scrapy here: the crawl, `warc` and `newsscrape health` share it.

* ``RunHealth`` collects one run's figures (``fetched``, ``failed``, ``saw``), keyed by publisher (the
  host, without www./m./amp., with a port other than the scheme's own).
* The state keeps them (``StateStore.save_run``/``runs``; ``RedisState`` for workers).
* ``judge(history, rules)`` compares the newest run with the median of the runs before it.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

# The fields a redesign breaks, and how a record fills each.
FIELDS = ("title", "published", "source", "related", "authors", "subtitle")


def publisher_of(url: str | None) -> str:
    parts = urlsplit(url or "")
    host = (parts.hostname or "?").lower().removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port is not None and port != {"http": 80, "https": 443}.get(parts.scheme) else host


def _get(record, name: str):
    return record.get(name) if isinstance(record, Mapping) else getattr(record, name, None)


def body_words(record) -> int:
    return sum(len(str(p).split()) for p in (_get(record, "paragraphs") or ()))


def median_of(counts: Counter) -> float:
    """``statistics.median`` of the values ``counts`` holds, each as many times as counted."""
    n = sum(counts.values())
    low, high, seen = (n - 1) // 2, n // 2, 0
    found: list[int] = []
    for value in sorted(counts):
        seen += counts[value]
        while len(found) < 2 and seen > (low, high)[len(found)]:
            found.append(value)
        if len(found) == 2:
            break
    return found[0] if n % 2 else (found[0] + found[1]) / 2


@dataclass
class Figures:
    """One publisher in one run."""

    fetched: int = 0
    written: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    filled: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)   # body words -> articles: bounded, not one int an article

    def as_json(self) -> dict[str, Any]:
        return {"fetched": self.fetched, "written": self.written, "skipped": dict(self.skipped),
                "errors": dict(self.errors), "filled": {f: self.filled[f] for f in FIELDS},
                "body_words": median_of(self.words) if self.words else None}


class RunHealth:
    """One run's figures per publisher."""

    def __init__(self, kind: str):
        self.kind = kind
        self.started = datetime.now(UTC).isoformat(timespec="seconds")
        self.publishers: dict[str, Figures] = {}

    def _of(self, url: str | None) -> Figures:
        return self.publishers.setdefault(publisher_of(url), Figures())

    def fetched(self, url: str) -> None:
        self._of(url).fetched += 1

    def failed(self, url: str, reason: str) -> None:
        self._of(url).errors[reason] += 1

    def skipped(self, url: str | None, reason: str, error: bool = False) -> None:
        figures = self._of(url)
        (figures.errors if error else figures.skipped)[reason] += 1

    def written(self, record) -> None:
        figures = self._of(_get(record, "url"))
        figures.written += 1
        for name in FIELDS:
            if _get(record, name):
                figures.filled[name] += 1
        figures.words[body_words(record)] += 1

    def as_json(self) -> dict[str, dict]:
        return {name: figures.as_json() for name, figures in sorted(self.publishers.items())}


def keep(store, run: RunHealth, reason: str | None, history_runs: int = 10) -> list[str]:
    """Save ``run`` in ``store`` and return one line per publisher of this run whose figures fell
    against its own history ("youm7.com: related 0/120 (usually 94 %)"). The health record is a side
    record: a store that cannot take it costs a line, never the run."""
    try:
        store.save_run(run.kind, run.started, reason, run.as_json())
        history = [entry["publishers"] for entry in store.runs(history_runs)]
    except Exception as exc:
        return [f"health figures not kept ({type(exc).__name__})"]
    return [f"health: {v.publisher}: {'; '.join(v.flags)}" for v in judge(history)
            if v.flags and v.publisher in run.publishers]


# ---- judging ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """When a figure counts as fallen. Defaults are options of `newsscrape health`."""

    min_history: int = 3          # earlier runs of a publisher before it is judged at all
    fall: float = 0.5             # a figure under this share of its usual value has fallen
    min_usual_articles: float = 3  # below this many articles a run, "0 articles" is no news
    min_articles: int = 5         # fill rates of fewer articles than this are not judged
    min_usual_fill: float = 0.5   # a field filled less often than this usually is not judged
    error_rise: float = 0.2       # errors per page fetched above usual by this much


@dataclass
class Verdict:
    publisher: str
    runs: int                     # runs of history (before the newest) it appears in
    articles: list[int]           # articles written per run, oldest first (the newest last)
    now: dict[str, Any]
    usual: dict[str, Any]
    flags: list[str]
    judged: bool


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{round(100 * x)} %"


def _fill(figures: Mapping, name: str) -> float | None:
    written = figures.get("written", 0)
    return figures.get("filled", {}).get(name, 0) / written if written else None


def _error_rate(figures: Mapping) -> float:
    errors = sum(figures.get("errors", {}).values())
    seen = figures.get("fetched", 0) + errors
    return errors / seen if seen else 0.0


def judge(history: list[dict[str, dict]], rules: Rules = Rules()) -> list[Verdict]:
    """``history``: each run's figures by publisher, oldest first; the last is judged against the median
    of the ones before it. A publisher missing from a run counts as 0 articles in that run."""
    if not history:
        return []
    *before, now = history
    names = sorted({name for run in history for name in run})
    out = []
    for name in names:
        earlier = [run[name] for run in before if name in run]
        current = now.get(name, {"fetched": 0, "written": 0, "skipped": {}, "errors": {}, "filled": {},
                                 "body_words": None})
        articles = [run.get(name, {}).get("written", 0) for run in history]
        usual = _usual(earlier)
        verdict = Verdict(name, len(earlier), articles, _summary(current), usual, [], len(earlier) >= rules.min_history)
        if verdict.judged:
            verdict.flags = _flags(current, articles, usual, rules)
        out.append(verdict)
    return out


def _usual(earlier: list[Mapping]) -> dict[str, Any]:
    if not earlier:
        return {}
    out: dict[str, Any] = {"articles": statistics.median(r.get("written", 0) for r in earlier),
                           "errors": statistics.median(_error_rate(r) for r in earlier)}
    words = [r["body_words"] for r in earlier if r.get("body_words")]
    out["body_words"] = statistics.median(words) if words else None
    for name in FIELDS:
        rates = [rate for r in earlier if (rate := _fill(r, name)) is not None]
        out[name] = statistics.median(rates) if rates else None
    return out


def _summary(figures: Mapping) -> dict[str, Any]:
    out = {"articles": figures.get("written", 0), "fetched": figures.get("fetched", 0),
           "errors": _error_rate(figures), "error_counts": dict(figures.get("errors", {})),
           "body_words": figures.get("body_words")}
    for name in FIELDS:
        out[name] = _fill(figures, name)
    return out


# Skips that say nothing of a publisher's pages (what the state or the window held back).
_NOT_NEWS = {"seen_before", "duplicate", "unchanged", "too_old", "too_new", "over_limit"}


def _flags(current: Mapping, articles: list[int], usual: Mapping, rules: Rules) -> list[str]:
    flags = []
    written = current.get("written", 0)
    typical = usual.get("articles") or 0
    if typical >= rules.min_usual_articles and written < typical * rules.fall:
        quiet = 0
        for n in reversed(articles):
            if n >= typical * rules.fall:
                break
            quiet += 1
        run_word = "in the last run" if quiet <= 1 else f"in the last {quiet} runs"
        skips = ", ".join(f"{k}={v}" for k, v in Counter(current.get("skipped", {})).most_common(2)
                          if k not in _NOT_NEWS)
        flags.append(f"{written} articles {run_word} (usually {typical:g})" + (f", skipped {skips}" if skips else ""))
    if written >= rules.min_articles:
        for name in FIELDS:
            was, rate = usual.get(name), _fill(current, name)
            if was is not None and was >= rules.min_usual_fill and rate is not None and rate < was * rules.fall:
                flags.append(f"{name} {current.get('filled', {}).get(name, 0)}/{written} (usually {_pct(was)})")
        words, was = current.get("body_words"), usual.get("body_words")
        if words is not None and was and words < was * rules.fall:
            flags.append(f"body words median {words:g} (usually {was:g})")
    rate, was = _error_rate(current), usual.get("errors") or 0.0
    if rate >= rules.error_rise and rate > was + rules.error_rise:
        top = ", ".join(f"{k}={v}" for k, v in Counter(current.get("errors", {})).most_common(3))
        flags.append(f"errors {_pct(rate)} of pages (usually {_pct(was)}): {top}")
    return flags


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    top = max(values, default=0)
    if top <= 0:
        return _BARS[0] * len(values)
    return "".join(_BARS[min(len(_BARS) - 1, round(v / top * (len(_BARS) - 1)))] for v in values)


def table(verdicts: list[Verdict], rules: Rules) -> list[str]:
    """The terminal view: one row per publisher."""
    head = ["publisher", "articles (last runs)", *FIELDS, "body words", "errors", "health"]
    rows = [head]
    for v in verdicts:
        cells = [v.publisher, f"{sparkline(v.articles[-12:])} {v.now['articles']} ({_num(v.usual.get('articles'))})"]
        cells += [f"{_pct(v.now[name])} ({_pct(v.usual.get(name))})" for name in FIELDS]
        cells += [f"{_num(v.now['body_words'])} ({_num(v.usual.get('body_words'))})",
                  f"{_pct(v.now['errors'])} ({_pct(v.usual.get('errors'))})"]
        cells.append("; ".join(v.flags) if v.flags else "ok" if v.judged else
                     f"not judged: {v.runs} earlier runs (needs {rules.min_history})")
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:g}"


def as_json(v: Verdict) -> dict[str, Any]:
    return {"publisher": v.publisher, "judged": v.judged, "earlier_runs": v.runs, "articles": v.articles,
            "now": v.now, "usual": v.usual, "flags": v.flags}
