"""The command line's parameter types, shared options and output: what `newsscrape`'s commands parse once.

* ``SITE`` turns a publisher slug into its ``Profile`` (one line naming the nearest slugs otherwise);
* ``WHEN`` turns --since/--until (6h, 1d, 2024-11-20) into an aware datetime, all against one ``now``
  taken once per invocation, so --since 1d and --until 1h of one command agree;
* ``Command`` (the commands of ``Group``) makes a ``newsscrape.errors.UsageError`` raised by a run
  the same one line and exit 2 as a bad option;
* ``crawl_options`` are the options `crawl` and `worker` share, and ``run_options`` the one mapping
  from a command's options to its run's (every check once);
* ``records_out`` is the JSON Lines output of `extract` and `segment` (the writer the runs use).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import click

from . import exits
from .errors import ExtractionError, OutputError, UnknownSite, UsageError


class SiteType(click.ParamType):
    name = "slug"

    def convert(self, value, param, ctx):
        from .sites import Profile, get

        if isinstance(value, Profile):
            return value
        if value == "all":
            self.fail("'all' is a crawl target, not a profile: --site takes one publisher slug or 'generic'",
                      param, ctx)
        try:
            return get(value)
        except UnknownSite as exc:
            self.fail(str(exc).replace("not a publisher slug, 'all' or an http(s) URL",
                                                "not a publisher slug or 'generic'"), param, ctx)


class WhenType(click.ParamType):
    name = "date|duration"

    def convert(self, value, param, ctx):
        from .run.window import parse_when

        if isinstance(value, datetime):
            return value
        try:
            return parse_when(value, now(ctx))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def now(ctx: click.Context | None) -> datetime:
    """The one moment every duration of this invocation is counted back from."""
    meta = ctx.find_root().meta if ctx is not None else {}
    return meta.setdefault("newsscrape.now", datetime.now(UTC))


class TargetType(click.ParamType):
    """A crawl target (a slug, ``all``, an http(s) URL), checked as the command line is read
    (``targets.check``); resolved to start points once the command knows its --site."""

    name = "target"

    def convert(self, value, param, ctx):
        from .targets import check

        try:
            return check(value)
        except UsageError as exc:
            self.fail(str(exc), param, ctx)


SITE, WHEN, TARGET = SiteType(), WhenType(), TargetType()


class Command(click.Command):
    """A command whose run reports bad input (``errors.UsageError``: a target typo, an impossible
    window) as Click does a bad option: one line naming the command, exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            raise click.UsageError(str(exc), ctx=ctx) from None


class Group(click.Group):
    """The command group: its commands (and its subgroups' commands) are ``Command``s."""

    command_class = Command
    group_class = type


def check(fn, *args, **kwargs) -> None:
    """A ``newsscrape.checks`` function, its ValueError as a usage error."""
    try:
        fn(*args, **kwargs)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def output_options(f):
    f = click.option("-O", "--overwrite-output", "overwrite", metavar="FILE",
                     help="Write JSON Lines to FILE, replacing it once the first record is written.")(f)
    return click.option("-o", "--output", "append", metavar="FILE",
                        help="Append JSON Lines to FILE ('-' or none: stdout).")(f)


def output_target(append: str | None, overwrite: str | None) -> tuple[str, str]:
    """(path or '-', mode 'a' or 'w') of -o/-O, checked (one line and exit 2 for a folder, a
    missing folder...)."""
    from .checks import output_path

    if append is not None and overwrite is not None:
        raise click.UsageError("give -o FILE (append) or -O FILE (overwrite), not both")
    path = overwrite if overwrite is not None else append
    check(output_path, path)
    if (path or "-") == "-" and not stdout_open():
        fail("standard output is closed: give -o FILE, or open it (… > out.jsonl)", exits.WRITE_FAILED)
    if path:
        wait_for_reader(path)
    return path or "-", "w" if overwrite is not None else "a"


_READERS_HELD: list[int] = []      # a FIFO's write end, held for the run once its reader came


def wait_for_reader(path: str) -> None:
    """A FIFO as the output: opening it blocks until a reader opens the other end, and inside a run
    (the crawl's reactor) a signal could not end that wait. So the wait is here, before the run, said
    on stderr, and SIGINT/SIGTERM end it (exit 130/143). The end opened here stays open for the run:
    the run's own open then finds the reader at once, and the reader sees no end of file between."""
    import errno
    import signal
    import stat

    try:
        if not stat.S_ISFIFO(os.stat(path).st_mode):
            return
        _READERS_HELD.append(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        return
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            return                              # not there yet, or not ours: the run's open says why
    print(f"newsscrape: waiting for a reader on {path}", file=sys.stderr, flush=True)

    def stop(signum, frame):
        raise _Stopped(signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        _READERS_HELD.append(os.open(path, os.O_WRONLY))
    except _Stopped as stopped:
        fail(f"stopped while waiting for a reader on {path}", 128 + stopped.signum)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Stopped(Exception):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def stdout_open() -> bool:
    """Is there a standard output to write records to (a shell's `>&-` closes it)?"""
    if sys.stdout is None:
        return False
    try:
        os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return True


@contextmanager
def records_out(append: str | None, overwrite: str | None):
    """The JSON Lines output of -o/-O (stdout without them). A write that fails ends the command at
    once: exit 141 when the reader of stdout went away (`| head`), else one line and exit 74."""
    from .run.output import JsonLinesOutput, silence_stdout

    out = JsonLinesOutput(*output_target(append, overwrite))
    try:
        out.open()
    except OSError as exc:
        raise click.UsageError(f"{out.target}: {reason(exc)}") from None
    try:
        yield out
    except OutputError as exc:
        if exc.broken_pipe:
            silence_stdout()
            sys.exit(exits.BROKEN_PIPE)
        fail(exc, exc.exit_status)
    finally:
        out.close()


def fail(message, status: int) -> None:
    """One line on stderr, then the exit status."""
    click.echo(f"newsscrape: {message}", err=True)
    sys.exit(status)


def reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, click.BadParameter):
        return exc.message
    if isinstance(exc, ExtractionError):
        return f"{exc.reason}: {exc.detail}" if exc.detail != exc.reason else exc.reason
    return str(exc) or type(exc).__name__


def crawl_options(f):
    """Options shared by `crawl` and `worker`, named as the run's options (``CrawlOptions``)."""
    for option in reversed([
        click.option("--limit", type=click.IntRange(min=0), default=0, help="Stop after N articles (0: no limit)."),
        click.option("--since", type=WHEN, help="Skip articles older than this: 6h, 1d, 2w, 2024-11-20."),
        click.option("--until", type=WHEN, help="Skip articles newer than this (a date or a duration)."),
        click.option("--concurrency", type=click.IntRange(min=1), help="Parallel requests per site [default: 4]."),
        click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests to a site "
                     "[default: 0.5; 0 also turns AutoThrottle off]."),
        click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only for sites you may crawl so)."),
        click.option("--cache", metavar="DIR", help="Keep an HTTP cache in DIR (re-runs read pages from it)."),
        click.option("--max-pages", type=click.IntRange(min=1), default=5, show_default=True,
                     help="Listing pages to follow per section (pagination)."),
        click.option("--processes", type=click.IntRange(min=0, max=256), default=0,
                     help="Extraction processes [default: one per CPU; 1: extract in the crawl's process]."),
        click.option("--redis", metavar="URL", envvar="NEWSSCRAPE_REDIS_URL",
                     help="Share the queue, dupefilter and state in Redis (redis://HOST:PORT/DB; "
                          "env NEWSSCRAPE_REDIS_URL)."),
        click.option("--redis-output", metavar="KEY", help="With --redis: push records to this Redis list "
                     "instead of writing a file."),
        click.option("--log-level", default="WARNING", show_default=True,
                     type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)),
        click.option("--log-file", metavar="FILE", help="Write logs to FILE instead of stderr."),
        click.option("-s", "--set", "sets", multiple=True, metavar="NAME=VALUE", help="Any Scrapy setting."),
    ]):
        f = option(f)
    return output_options(f)


def run_options(kind, values: dict, **extra):
    """The one mapping from a command's options to its run's (``CrawlOptions``, ``ArchiveOptions``):
    every check once, then each value under its own name."""
    from dataclasses import fields

    from . import checks

    values = {**values, **extra}
    output, mode = output_target(values.pop("append", None), values.pop("overwrite", None))
    if mode == "w" and output != "-" and values.get("state"):
        raise click.UsageError("-O replaces the file, but the state skips articles already written to it: "
                               "use -o to append, or drop --state/--incremental/--resume for a fresh run")
    if values.get("redis_output") and not values.get("redis"):
        raise click.UsageError("--redis-output needs --redis URL")
    check(checks.finite, values.get("delay"), "--delay")
    check(checks.folder_for, values.get("log_file"), "--log-file")
    check(checks.cache_dir, values.get("cache"))
    check(checks.redis_url, values.get("redis"))
    if values.get("state") is not None:
        check(checks.state_path, values["state"])
    try:
        values["settings"] = checks.setting_pairs(values.pop("sets", ()))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    names = {f.name for f in fields(kind)}
    return kind(output=output, mode=mode, **{k: v for k, v in values.items() if k in names})


def state_option(f):
    return click.option("--state", "state_path", metavar="PATH",
                        help="State file [default: $XDG_STATE_HOME/newsscrape/state.sqlite].")(f)


def open_state(state_path):
    from .checks import state_path as check_state
    from .run.state import StateStore, default_state_path

    path = Path(state_path) if state_path else default_state_path()
    check(check_state, str(path), must_exist=True)
    return StateStore(path)


def bug(exc: BaseException) -> str:
    """The exception and the innermost line of ours it came from."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}newsscrape{os.sep}" in f.filename] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    return f"{type(exc).__name__}: {exc}{where}"
