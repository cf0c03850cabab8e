"""Exit statuses of the `newsscrape` command, and the one rule that turns a run's end into one.

Documented in the README ("Exit status"). Errors carry their own status (``newsscrape.errors``).
"""

from __future__ import annotations

from collections.abc import Mapping

OK = 0              # done
PAGE_ERRORS = 1     # done, but some pages or inputs failed
USAGE = 2           # bad options, targets or inputs
NOTHING = 3         # nothing could be crawled: every start point failed
UNAVAILABLE = 69    # the shared Redis went away for longer than NEWSSCRAPE_REDIS_OUTAGE (EX_UNAVAILABLE)
INTERNAL = 70       # a bug of newsscrape's (EX_SOFTWARE): one line naming it
WRITE_FAILED = 74   # the output could not be written (full disk, size limit, read-only) (EX_IOERR)
LOCKED = 75         # another run holds the state file (EX_TEMPFAIL)
BROKEN_PIPE = 141   # the reader of standard output went away (128 + SIGPIPE), as `| head` expects



def for_run(*, stop_reason: str | None, signal: int | None, starts: int, starts_failed: int, articles: int,
            errors: Mapping[str, int]) -> int:
    """The status of a finished crawl or archive run (``errors``: its error counts by reason): the
    shared Redis gone (69), the output lost (141, 74), a signal (130 for SIGINT, 143 for SIGTERM),
    nothing reachable (3), page errors (1)."""
    if stop_reason == "redis_unreachable":
        return UNAVAILABLE
    if errors.get("broken_pipe"):
        return BROKEN_PIPE
    if errors.get("write_failed"):
        return WRITE_FAILED
    if signal is not None:
        return 128 + signal
    if starts and starts_failed >= starts and not articles:
        return NOTHING
    return PAGE_ERRORS if any(errors.values()) else OK
