"""The one summary line of a run, for the crawl and for ``newsscrape warc``: what was read, what was
written, every skip and every error by its reason (``newsscrape.reasons``), then the run's own figures,
its time and why it ended. The exit status that goes with it is ``exits.for_run``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..words import plural


def by_reason(counts: Mapping[str, int], kind: str) -> dict[str, int]:
    """The counts under ``kind/`` ("skipped", "errors"), by reason, zero counts left out."""
    prefix = kind + "/"
    return {k[len(prefix):]: v for k, v in counts.items() if k.startswith(prefix) and v}


def listed(counts: Mapping[str, int]) -> str:
    """``reason=n`` pairs in reason order, "none" when there are none."""
    return " ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "none"


def summary_line(read: str, articles: int, skipped: Mapping[str, int], errors: Mapping[str, int],
                 figures: Iterable[str], seconds: float, reason: str) -> str:
    """``newsscrape: <read>, N articles written; skipped: …; errors: …; <figures>; 1.2s (<reason>)``."""
    parts = [f"newsscrape: {read}, {plural(articles, 'article')} written", f"skipped: {listed(skipped)}",
             f"errors: {listed(errors)}", *figures, f"{seconds:.1f}s ({reason})"]
    return "; ".join(parts)
