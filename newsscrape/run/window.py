"""--since / --until: a duration back from now (30m, 6h, 1d, 2w) or a date (2024-11-20[THH:MM]).

The window is run policy: the crawl reads it once from the settings ``NEWSSCRAPE_SINCE`` /
``NEWSSCRAPE_UNTIL`` (datetimes from the CLI, or text), and its spider uses it to skip sitemap and feed
entries before fetching them; ``run.chain`` drops fetched articles outside it, in crawls and archives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ..errors import UsageError
from ..text.dates import parse_machine_date, zone

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.I)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_when(text: str, now: datetime | None = None) -> datetime:
    """An aware UTC datetime; ``UsageError`` (a ValueError) with a readable message for anything else."""
    now = now or datetime.now(UTC)
    m = _DURATION.match(text)
    if m:
        try:
            return now - timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})
        except OverflowError:
            raise UsageError(f"{text!r} reaches back before year 1") from None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{text!r} is neither a duration (30m, 6h, 1d, 2w) nor a date (2024-11-20)") from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def as_utc(value: datetime | date | None, tz=None) -> datetime | None:
    """A comparable aware datetime: naive values are taken in ``tz`` (UTC when unknown)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz or UTC)
    return value.astimezone(UTC)


@dataclass(frozen=True)
class Window:
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def of(cls, since: datetime | str | None, until: datetime | str | None, now: datetime | None = None) -> Window:
        """The window between two moments, each a datetime (the CLI parses them) or text for
        ``parse_when`` (a Scrapy setting); both read against the one ``now``. ``UsageError`` when
        since is after until."""
        now = now or datetime.now(UTC)
        window = cls(*(parse_when(v, now) if isinstance(v, str) else as_utc(v) for v in (since, until)))
        if window.since and window.until and window.since > window.until:
            raise UsageError("--since is after --until")
        return window

    @classmethod
    def from_settings(cls, settings) -> Window:
        return cls.of(settings.get("NEWSSCRAPE_SINCE") or None, settings.get("NEWSSCRAPE_UNTIL") or None)

    def __bool__(self) -> bool:
        return bool(self.since or self.until)

    def reason(self, when: datetime | date | str | None, tz: str | None = None) -> str | None:
        """``too_old`` / ``too_new`` for a moment outside the window; None inside it or undated."""
        if isinstance(when, str):
            when = parse_machine_date(when, tz)
        moment = as_utc(when, zone(tz))
        if moment is None:
            return None
        if self.since and moment < self.since:
            return "too_old"
        if self.until and moment > self.until:
            return "too_new"
        return None
