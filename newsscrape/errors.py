"""Every exception newsscrape raises on purpose, each with its exit status, and the reason codes.

``NewsscrapeError`` is the base: the command prints one line (``newsscrape: <message>``) and exits
with the error's ``exit_status`` (``newsscrape.exits``). Anything else that reaches the command is a
bug of ours: one line naming it, exit 70 (``exits.INTERNAL``), never a usage error.
"""

from __future__ import annotations

from . import exits
from .reasons import TABLE

# Reason codes and what they mean: one table for every reason (``newsscrape.reasons``).
REASONS = {key: reason.meaning for key, reason in TABLE.items()}


class NewsscrapeError(Exception):
    """An error the user can act on: one line, and ``exit_status``."""

    exit_status = exits.PAGE_ERRORS


class ExtractionError(NewsscrapeError, ValueError):
    """A page that cannot be turned into a record. ``reason`` is one of ``REASONS``' keys."""

    def __init__(self, reason: str, detail: str | None = None):
        self.reason = reason
        self.detail = detail or REASONS.get(reason, reason)
        super().__init__(self.detail)


class UsageError(NewsscrapeError, ValueError):
    """Bad options, targets or inputs, found before anything ran."""

    exit_status = exits.USAGE


class TargetError(UsageError):
    """A target that names no profile and is no http(s) URL."""


class UnknownSite(TargetError, KeyError):
    """A slug that names no publisher profile; the message says the nearest ones. Also a ``KeyError``:
    ``sites.get`` is a lookup."""

    def __str__(self) -> str:            # KeyError's own str() would quote the message
        return str(self.args[0]) if self.args else "unknown site"


class LockedError(NewsscrapeError):
    """Another run holds the state file."""

    exit_status = exits.LOCKED


class StateError(NewsscrapeError):
    """The state store could not be opened or written before the run began."""

    exit_status = exits.WRITE_FAILED


class SourceError(NewsscrapeError, OSError):
    """A list of archive sources (a CC-NEWS month's paths) could not be read: nothing to do."""

    exit_status = exits.NOTHING


class OutputError(NewsscrapeError, OSError):
    """The output could not be written; ``broken_pipe`` when the reader of stdout went away."""

    def __init__(self, cause: BaseException, target: str):
        self.broken_pipe = isinstance(cause, BrokenPipeError)
        self.exit_status = exits.BROKEN_PIPE if self.broken_pipe else exits.WRITE_FAILED
        where = "standard output" if target == "-" else target
        super().__init__(f"cannot write to {where}: {getattr(cause, 'strerror', None) or cause}")


class FetchError(NewsscrapeError, OSError):
    """A one-off fetch (`newsscrape extract URL`) failed."""
