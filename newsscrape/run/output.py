"""JSON Lines output with the state: each article one whole line, in the file exactly when in the state.

Used by ``run.chain`` (crawls and archive reading) and by ``extract``/``segment``; no Scrapy here.
The bytes go out through ``newsscrape.run.linewriter``, a writer process of its own, so
a kill of this process cannot leave part of a line (one ``write()`` is not enough: see there).

With a SQLite state, the writer commits the line's state rows right after the line, before it answers;
a write or a commit that fails takes the line back out. So an article is in the file exactly when it is
in the state, a kill of this process at any moment included, and the next run completes the file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from pathlib import Path

from ..errors import OutputError
from ..record import to_json_line
from .linewriter import LineWriter, StateFailed, WriterGone

logger = logging.getLogger(__name__)


class JsonLinesOutput:
    def __init__(self, target: str, mode: str = "a", store=None):
        self.target, self.mode = target, mode
        # The state (SQLite or the Redis hash) is recorded by the writer process, right after the line
        # and before it answers: a kill of this process never falls between the two. A store the writer
        # cannot reach itself is recorded here, after the line; if it fails, the line is cut again.
        self.store = store if hasattr(store, "writer_frame") else None
        self.other_store = store if store is not None and self.store is None else None
        self.fd: int | None = None
        self.close_fd = False
        self.seekable = False
        self.writer: LineWriter | None = None
        self.replace_pending = False            # -O: the old file is emptied when the first line comes

    @property
    def records_state(self) -> bool:
        """Each line's state is recorded with it (``run.chain`` then records nothing itself)."""
        return self.store is not None or self.other_store is not None

    def open(self) -> JsonLinesOutput:
        if self.target == "-":
            self.fd = sys.stdout.fileno()
        else:
            path = Path(self.target)
            if self.mode == "a":
                last = repair_partial_line(path)
                if last is not None and self.store is not None:
                    self._record_unrecorded(last)
            # -O replaces the file when the first line comes, not before: a run that writes nothing
            # (offline, nothing new) leaves the last run's file as it was.
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if self.mode == "a" else 0)
            self.fd = os.open(path, flags, 0o644)
            self.close_fd = True
        self.seekable = stat.S_ISREG(os.fstat(self.fd).st_mode)     # a file, not a pipe or a terminal
        self.replace_pending = self.mode != "a" and self.close_fd and self.seekable
        where = self.store.writer_target() if self.store is not None else {}
        self.writer = LineWriter(self.fd, **where)
        return self

    def _record_unrecorded(self, line: bytes) -> None:
        """The file's last record, written by a run killed before its state row was committed (the writer
        writes a line, then commits its row): recorded now, so the next run never writes it twice."""
        try:
            record = json.loads(line)
        except ValueError:
            return
        if not isinstance(record, dict) or not isinstance(record.get("url"), str) or "title" not in record:
            return                                  # not a newsscrape record: nothing to record
        if self.store.unrecorded(record):
            self.store.record(record)
            logger.warning("%s: its last record (%s) was not in the state; recorded it", self.target, record["url"])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        if self.close_fd and self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def write(self, record) -> None:
        """One whole line (and its state rows); OutputError when it could not be written."""
        line = to_json_line(record).encode("utf-8")
        if self.replace_pending:
            self.replace_pending = False
            try:
                os.ftruncate(self.fd, 0)
            except OSError as exc:
                raise OutputError(exc, self.target) from exc
        # Where the line starts, to take it back if the other store cannot record it (the writer
        # takes back its own failures).
        start = os.lseek(self.fd, 0, os.SEEK_END) if self.seekable and self.other_store is not None else None
        try:
            if self.store is not None:
                self.writer.write(line, *self.store.writer_frame(record))
            else:
                self.writer.write(line)
        except WriterGone as exc:       # killed, maybe within the line: cut what part of it is there
            if self.seekable and self.target != "-":
                repair_partial_line(Path(self.target))
            raise OutputError(exc, self.target) from exc
        except StateFailed as exc:      # the writer took the line back out
            if self.store.shared:
                raise                   # a Redis away: counted as state_unreachable, the run goes on
            raise OutputError(exc, exc.filename or self.target) from exc
        except OSError as exc:          # the writer took the line back out
            raise OutputError(exc, self.target) from exc
        if self.other_store is not None:
            try:
                self.other_store.record(record)
            except Exception:  # the store is unreachable: take the line back (not on a pipe: it is out)
                self._cut(start)
                raise

    def _cut(self, start: int | None) -> None:
        if start is not None:
            try:
                os.ftruncate(self.fd, start)
            except OSError:
                pass                          # the next run's repair cuts a partial line


def silence_stdout() -> None:
    """After the reader of our stdout went away, nothing more may go there (no flush error at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except OSError:
        pass


def repair_partial_line(path: Path, chunk: int = 1 << 16) -> bytes | None:
    """Before appending: a last line without its newline is cut off when it is part of a line (a hard
    kill within a write), and given its newline when it is a whole JSON value (a file an editor or
    `printf` left without one). Returns the file's last whole line (None for an empty file). Reads
    backwards from the end in chunks, never the whole file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb+") as f:
        size = f.seek(0, 2)
        f.seek(-1, 2)
        whole = f.read(1) == b"\n"
        cut = _line_start(f, size - 1 if whole else size, chunk)
        f.seek(cut)
        last = f.read(size - cut)
        if whole:
            return last.rstrip(b"\n") or None
        if _whole_json(last):
            f.seek(0, 2)
            f.write(b"\n")
            return last
        f.truncate(cut)
        logger.warning("%s ended in a partial line (%d bytes); removed it before appending", path, size - cut)
        return _last_line_before(f, cut, chunk)


MAX_LAST_LINE = 64 << 20      # a last line longer than this is not read back to be recorded


def _whole_json(line: bytes) -> bool:
    if len(line) > MAX_LAST_LINE:
        return False
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _last_line_before(f, cut: int, chunk: int) -> bytes | None:
    """The whole line that ends at ``cut`` (its newline at cut - 1), or None."""
    if cut <= 0:
        return None
    start_of = _line_start(f, cut - 1, chunk)
    f.seek(start_of)
    return f.read(cut - 1 - start_of) or None


def _line_start(f, end: int, chunk: int) -> int:
    """Where the line that ends at ``end`` starts: just after the last newline before it (0 for none),
    read backwards in chunks."""
    while end > 0:
        start = max(0, end - chunk)
        f.seek(start)
        found = f.read(end - start).rfind(b"\n")
        if found >= 0:
            return start + found + 1
        end = start
    return 0
