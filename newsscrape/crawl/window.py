"""--since / --until: a duration back from now (30m, 6h, 1d, 2w) or a date (2024-11-20[THH:MM])."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.I)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_when(text: str, now: datetime | None = None) -> datetime:
    """An aware UTC datetime; ValueError with a readable message for anything else."""
    now = now or datetime.now(UTC)
    m = _DURATION.match(text)
    if m:
        return now - timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is neither a duration (30m, 6h, 1d, 2w) nor a date (2024-11-20)") from None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
