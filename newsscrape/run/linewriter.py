"""A small writer process that owns every write of a JSON Lines output, so a kill cannot cut a line.

Why a process: on Linux a SIGKILL stops a ``write()`` in the middle when the data crosses a page of
the page cache (``generic_perform_write`` checks for a fatal signal before each chunk), so one
``write()`` of the whole line still leaves part of it when the process is killed during it. The more
so the longer the line: measured on ext4, 3 of 30 kills during 3 KB writes left part of a line, 28
of 30 during 200 KB writes. A process that is not killed finishes its write; so the lines go to one
that is not the one a user, a timeout or the OOM killer kills.

The crawl (or archive, or ``extract``) hands each line to the writer through a pipe as one frame (two
8-byte lengths, the line, then the state rows that record it as JSON) and waits for the answer (``0``,
or ``<errno> output|state <message>``: which of the two failed). The writer writes the line, then
commits its rows to the SQLite state in one transaction, then answers; so a kill of the crawl at any
moment leaves the line and its rows both done or both not, and the next run writes exactly what is
missing. If the crawl dies while handing a frame over, the writer sees an incomplete frame at end of
input and drops it. A write or a commit that fails takes the line back out of a file (a pipe cannot take
it back) and is answered as an error. The writer runs in its own session, so the Ctrl-C or the kill sent
to the crawl's process group does not reach it, and it ends when its input ends, when the crawl closes
the output or dies.

This file is run as a script (``python -I linewriter.py FD [STATE | --redis]``, the Redis URL in the
environment) and imports the standard library only, so the writer starts in a few milliseconds.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import struct
import subprocess
import sys

_HEADER = struct.Struct("<QQ")


class WriterGone(OSError):
    """The writer process ended before it answered: the line may be partly written."""

    def __init__(self):
        super().__init__(errno.EIO, "the output writer process ended")


class StateFailed(OSError):
    """The line could not be recorded in the state (and was taken back out of a file)."""


_REDIS_ENV = "NEWSSCRAPE_WRITER_REDIS"
_PATIENCE_ENV = "NEWSSCRAPE_WRITER_REDIS_PATIENCE"


class LineWriter:
    """The crawl's side: ``write(line, sql, rows)`` returns once the writer wrote the whole line and
    committed ``rows`` (parameters of ``sql``) to the state at ``state``; else it raises the OSError the
    writer met (BrokenPipeError, ENOSPC...; its filename is the state's when the commit failed), or WriterGone."""

    def __init__(self, fd: int, state: str | None = None, redis: str | None = None, redis_patience: float = 30.0):
        self.state = state or redis
        own = os.dup(fd)           # a number of its own: the writer's stdout is the answer pipe
        where = [state] if state else ["--redis"] if redis else []
        env = {**os.environ, _REDIS_ENV: redis, _PATIENCE_ENV: str(redis_patience)} if redis else None
        # (the URL in the environment, not on the command line: ps shows that)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", __file__, str(own), *where], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, pass_fds=(own,), start_new_session=True, bufsize=0, env=env)
        finally:
            os.close(own)
        self.to_writer = self.proc.stdin.fileno()
        self.answers = self.proc.stdout.fileno()

    def write(self, line: bytes, sql: str | None = None, rows: list[tuple] | None = None) -> None:
        meta = json.dumps([sql, rows]).encode() if sql and rows else b""
        try:
            write_all(self.to_writer, _HEADER.pack(len(line), len(meta)) + line + meta)
        except BrokenPipeError:
            raise WriterGone() from None
        answer = b""
        while not answer.endswith(b"\n"):
            got = os.read(self.answers, 4096)
            if not got:
                raise WriterGone()
            answer += got
        code, _, rest = answer.decode("utf-8", "replace").strip().partition(" ")
        if code != "0":
            failed, _, message = rest.partition(" ")
            if failed == "state":
                raise StateFailed(int(code), message, self.state)
            raise OSError(int(code), message)

    def close(self) -> None:
        """End of input: the writer exits once it has written all it was given."""
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def write_all(fd: int, data: bytes) -> None:
    """All of ``data``; the loop only runs for pipes that take part of it."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd: int, n: int) -> bytes | None:
    """``n`` bytes, or None at end of input before them (an incomplete frame is dropped)."""
    parts, left = [], n
    while left:
        got = os.read(fd, min(left, 1 << 20))
        if not got:
            return None
        parts.append(got)
        left -= len(got)
    return b"".join(parts)


def serve(out: int, state: str | None = None, frames: int = 0, answers: int = 1, redis: str | None = None) -> None:
    """The writer's loop: each whole frame's line written to ``out`` and its rows committed to the
    state (a SQLite file, or a Redis hash), then answered ``0`` or ``<errno> output|state <message>``."""
    patience = float(os.environ.get(_PATIENCE_ENV, "30"))
    db = sqlite3.connect(state, timeout=30, isolation_level=None) if state else \
        Redis(redis, patience) if redis else None
    if isinstance(db, sqlite3.Connection):
        # WAL with synchronous=NORMAL, as the state store runs: a commit survives a kill of any process
        # (what the line and its row promise); only a power cut can take the last commits, and the
        # output file, written without fsync, is no safer then. FULL cost an fsync per article.
        db.execute("PRAGMA synchronous=NORMAL")
    seekable = stat.S_ISREG(os.fstat(out).st_mode)
    while True:
        header = _read_exact(frames, _HEADER.size)
        if header is None:
            return
        sizes = _HEADER.unpack(header)
        line, meta = _read_exact(frames, sizes[0]), _read_exact(frames, sizes[1])
        if line is None or meta is None:
            return                  # the crawl died handing this frame over: it is not written
        try:
            start = os.lseek(out, 0, os.SEEK_END) if seekable else None
        except OSError:
            start = None            # a file that cannot seek (/proc, some devices): a failed write is not cut
        failed = "output"
        try:
            write_all(out, line)
            failed = "state"
            if meta:
                _commit(db, *json.loads(meta))
            answer = b"0\n"
        except (OSError, sqlite3.Error) as exc:
            if start is not None:
                _cut(out, start)
            code = getattr(exc, "errno", None) or errno.EIO
            answer = f"{code} {failed} {getattr(exc, 'strerror', None) or exc}\n".encode()
        try:
            write_all(answers, answer)
        except OSError:
            return                  # the crawl is gone: nothing more will come


def _commit(db: sqlite3.Connection | Redis | None, sql: str, rows: list) -> None:
    if db is None:
        raise sqlite3.OperationalError("no state to record the line in")
    if isinstance(db, Redis):                  # sql is "HSET <key>", rows [field, value] pairs
        db.call_until_answered(*sql.split(" ", 1), *(part for row in rows for part in row))
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany(sql, rows)
        db.execute("COMMIT")
    except sqlite3.Error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _cut(out: int, start: int) -> None:
    try:
        os.ftruncate(out, start)
    except OSError:
        pass                        # the next run's repair cuts a partial line


class RedisReplyError(OSError):
    """Redis answered with an error: the command was refused, nothing is unknown."""


class Redis:
    """Just enough of the Redis protocol (RESP2) for the writer to record a line's state in the crawl's
    Redis: one command, its reply, over ``redis://[user:password@]host:port/db``, ``rediss://`` (TLS) or
    ``unix://path?db=N``; connected on first use and again after a failure (a restarted Redis). The
    writer imports the standard library only, so that it starts in a few milliseconds."""

    def __init__(self, url: str, patience: float = 30.0):
        self.url = url
        self.patience = patience
        self.sock = None
        self.reader = None

    def _connect(self) -> None:
        import socket
        from urllib.parse import parse_qs, unquote, urlsplit

        parts = urlsplit(self.url)
        if parts.scheme == "unix":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(30)
            sock.connect(parts.path)
            db = (parse_qs(parts.query).get("db") or ["0"])[0]
        else:
            sock = socket.create_connection((parts.hostname or "localhost", parts.port or 6379), timeout=30)
            if parts.scheme == "rediss":
                import ssl

                sock = ssl.create_default_context().wrap_socket(sock, server_hostname=parts.hostname)
            db = parts.path.lstrip("/") or (parse_qs(parts.query).get("db") or ["0"])[0]
        self.sock, self.reader = sock, sock.makefile("rb")
        if parts.password is not None:
            self._send("AUTH", *([unquote(parts.username)] if parts.username else []), unquote(parts.password))
        if db not in ("", "0"):
            self._send("SELECT", db)

    def call(self, *args: str):
        try:
            if self.sock is None:
                self._connect()
            return self._send(*args)
        except OSError:
            self.close()
            raise

    def call_until_answered(self, *args: str):
        """``call``, for a command that may be sent twice (HSET of the same values). A connection lost
        before the answer leaves it unknown whether Redis applied the command (a Redis shutting down
        applies it, persists it, then closes the connection): cutting the line then could leave a row
        for a line that is not there, and the article would be lost for good. So the command is sent
        again on a new connection until Redis answers, for ``patience`` seconds (the crawl's
        NEWSSCRAPE_REDIS_OUTAGE); an error reply is an answer, and final."""
        import time

        deadline = time.monotonic() + self.patience
        while True:
            try:
                return self.call(*args)
            except RedisReplyError:
                raise
            except OSError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)

    def _send(self, *args: str):
        parts = [f"*{len(args)}\r\n".encode()]
        for arg in args:
            data = arg.encode("utf-8") if isinstance(arg, str) else arg
            parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
        self.sock.sendall(b"".join(parts))
        return self._reply()

    def _reply(self):
        line = self.reader.readline()
        if not line.endswith(b"\r\n"):
            raise ConnectionError(errno.ECONNRESET, "Redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"-":
            raise RedisReplyError(errno.EIO, rest.decode("utf-8", "replace"))
        if kind in (b"+", b":"):
            return rest
        if kind == b"$":
            size = int(rest)
            return None if size < 0 else self.reader.read(size + 2)[:-2]
        if kind == b"*":
            return [self._reply() for _ in range(max(int(rest), 0))]
        raise OSError(errno.EPROTO, f"unexpected Redis reply {line[:40]!r}")

    def close(self) -> None:
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
        self.sock = self.reader = None


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--redis":
        serve(int(sys.argv[1]), redis=os.environ[_REDIS_ENV])
    else:
        serve(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
