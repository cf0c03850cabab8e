"""Exit statuses of the `newsscrape` command, in one place (documented in the README)."""

OK = 0              # done
PAGE_ERRORS = 1     # done, but some pages or inputs failed
USAGE = 2           # bad options, targets or inputs
NOTHING = 3         # nothing could be crawled: every start point failed
UNAVAILABLE = 69     # the shared Redis went away for longer than NEWSSCRAPE_REDIS_OUTAGE (EX_UNAVAILABLE)
LOCKED = 75         # another run holds the state file (EX_TEMPFAIL)
WRITE_FAILED = 74     # the output could not be written (full disk, size limit, read-only) (EX_IOERR)
BROKEN_PIPE = 141     # the reader of standard output went away (128 + SIGPIPE), as `| head` expects
