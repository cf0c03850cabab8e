"""A small writer process that owns every write of a JSON Lines output, so a kill cannot cut a line.

Why a process: on Linux a SIGKILL stops a ``write()`` in the middle when the data crosses a page of
the page cache (``generic_perform_write`` checks for a fatal signal before each chunk), so one
``write()`` of the whole line still leaves part of it when the process is killed during it. The more
so the longer the line: measured on ext4, 3 of 30 kills during 3 KB writes left part of a line, 28
of 30 during 200 KB writes. A process that is not killed finishes its write; so the lines go to one
that is not the one a user, a timeout or the OOM killer kills.

The crawl (or archive, or ``extract``) hands each line to the writer through a pipe as one frame
(an 8-byte length, then the line) and waits for its answer (``0`` or ``<errno> <message>``) before
it commits the line's state row. If the crawl dies while handing a line over, the writer sees an
incomplete frame at end of input and drops it; it writes whole frames only. It runs in its own
session, so the Ctrl-C or the kill sent to the crawl's process group does not reach it, and it
ends when its input ends, that is when the crawl closes the output or dies.

This file is run as a script (``python -I linewriter.py FD``) and imports the standard library
only, so the writer starts in a few milliseconds.
"""

from __future__ import annotations

import errno
import os
import struct
import subprocess
import sys

_HEADER = struct.Struct("<Q")


class WriterGone(OSError):
    """The writer process ended before it answered: the line may be partly written."""

    def __init__(self):
        super().__init__(errno.EIO, "the output writer process ended")


class LineWriter:
    """The crawl's side: ``write(line)`` returns once the writer wrote the whole line, or raises the
    OSError the writer met (BrokenPipeError, ENOSPC...), or WriterGone."""

    def __init__(self, fd: int):
        own = os.dup(fd)           # a number of its own: the writer's stdout is the answer pipe
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-I", __file__, str(own)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                pass_fds=(own,), start_new_session=True, bufsize=0)
        finally:
            os.close(own)
        self.to_writer = self.proc.stdin.fileno()
        self.answers = self.proc.stdout.fileno()

    def write(self, line: bytes) -> None:
        try:
            write_all(self.to_writer, _HEADER.pack(len(line)) + line)
        except BrokenPipeError:
            raise WriterGone() from None
        answer = b""
        while not answer.endswith(b"\n"):
            got = os.read(self.answers, 4096)
            if not got:
                raise WriterGone()
            answer += got
        code, _, message = answer.decode("utf-8", "replace").strip().partition(" ")
        if code != "0":
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


def serve(out: int, frames: int = 0, answers: int = 1) -> None:
    """The writer's loop: each whole frame written to ``out``, answered ``0`` or ``<errno> <message>``."""
    while True:
        header = _read_exact(frames, _HEADER.size)
        if header is None:
            return
        line = _read_exact(frames, _HEADER.unpack(header)[0])
        if line is None:
            return
        try:
            write_all(out, line)
            answer = b"0\n"
        except OSError as exc:
            answer = f"{exc.errno or errno.EIO} {exc.strerror or exc}\n".encode()
        try:
            write_all(answers, answer)
        except OSError:
            return                  # the crawl is gone: nothing more will come


if __name__ == "__main__":
    serve(int(sys.argv[1]))
