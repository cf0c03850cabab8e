"""WARC records in, HTML responses out: ``Response(url, date, content_type, body)`` or ``Problem(reason)``.

Read with warcio (see README "From web archives" for the measurement against FastWARC). A ``.warc.gz``
is split into its gzip members here first (one record per member, as the WARC standard recommends and
Common Crawl writes), so that a corrupt member is counted and skipped and reading resumes at the next
member, instead of ending the file; a truncated last member is counted too. Sources are local paths or
http(s) URLs, streamed (never downloaded first).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 16
MAX_MEMBER = 64 * 1024 * 1024           # a record larger than this is skipped (too_large)


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    date: str | None
    content_type: str | None
    body: bytes
    record_id: str | None = None         # WARC-Record-ID


@dataclass(frozen=True, slots=True)
class Problem:
    reason: str                          # corrupt_gzip, truncated, bad_record, no_http_headers, ...
    response: bool = False               # a response record that is not a page to read (http_404, not_html)

    @property
    def of_the_file(self) -> bool:
        """The file itself is broken (not a WARC at all, cut off): an error, not a skipped record."""
        return self.reason in ("not_warc", "truncated")


def count_key(item: Problem | str) -> str:
    """The key a record that is no page to read is counted under: ``records/<type>`` for a record
    that is not a response, ``skipped/<reason>`` or, for a broken file, ``errors/<reason>``."""
    if isinstance(item, str):
        return f"records/{item}"
    return f"{'errors' if item.of_the_file else 'skipped'}/{item.reason}"


# A WARC (or an ARC, which warcio reads too) starts with its version line.
_ARCHIVE_STARTS = (b"WARC/", b"filedesc://")


def open_source(source: str, timeout: float = 60.0) -> BinaryIO:
    """A binary stream of a local file or an http(s) URL (streamed as it is read)."""
    if source.startswith(("http://", "https://")):
        import urllib.request

        from .. import __version__

        request = urllib.request.Request(source, headers={"User-Agent": f"newsscrape/{__version__}"})
        return urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) only
    return open(source, "rb")


def responses(stream: BinaryIO) -> Iterator[Response | Problem | str]:
    """HTML-or-not responses of a WARC stream, Problems, and for each other record its type (a str)."""
    head = stream.read(3)
    rest = _Prefixed(head, stream)
    if head == GZIP_MAGIC:
        first = True
        for member in gzip_members(rest):
            if isinstance(member, Problem):
                yield member
                continue
            if first and not _is_archive(member[:32]):
                yield Problem("not_warc")
                return
            first = False
            yield from _records(io.BytesIO(member))
    else:
        start = rest.read(32)
        if not _is_archive(start):
            yield Problem("not_warc")
            return
        yield from _records(_Prefixed(start, rest))


def _is_archive(start: bytes) -> bool:
    return start.lstrip(b"\r\n").startswith(_ARCHIVE_STARTS)


def gzip_members(stream: BinaryIO) -> Iterator[bytes | Problem]:
    """The decompressed gzip members of a stream, one by one; a corrupt member becomes
    Problem("corrupt_gzip") and reading goes on at the next gzip header."""
    buf = b""
    eof = False
    while True:
        if not eof and len(buf) < CHUNK:
            data = stream.read(CHUNK)
            eof = not data
            buf += data
        if not buf:
            return
        if not buf.startswith(GZIP_MAGIC):
            found = buf.find(GZIP_MAGIC, 1)
            if found < 0:
                if eof:
                    return
                buf = buf[-2:]           # keep a header split across reads
                continue
            buf = buf[found:]
        d = zlib.decompressobj(31)
        out: list[bytes] = []
        size = 0
        consumed = b""
        try:
            while True:
                piece = d.decompress(buf, MAX_MEMBER + 1 - size)
                out.append(piece)
                size += len(piece)
                if size > MAX_MEMBER:
                    raise MemoryError
                if d.unconsumed_tail:
                    buf = d.unconsumed_tail
                    continue
                if d.eof:
                    buf = d.unused_data
                    break
                consumed += buf
                data = stream.read(CHUNK) if not eof else b""
                if not data:
                    eof = True
                    yield Problem("truncated")
                    return
                buf = data
        except zlib.error:
            yield Problem("corrupt_gzip")
            start = (consumed + buf)
            nxt = start.find(GZIP_MAGIC, 1)
            buf = start[nxt:] if nxt >= 0 else b""
            continue
        except MemoryError:
            yield Problem("too_large")
            rest = (consumed + buf)
            nxt = rest.find(GZIP_MAGIC, 1)
            buf = rest[nxt:] if nxt >= 0 else b""
            continue
        yield b"".join(out)


def _records(stream: BinaryIO) -> Iterator[Response | Problem | str]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    class Quiet(ArchiveIterator):
        """warcio writes a three-line warning to stderr where a record's Content-Length is off (and
        reads on); what that costs is counted as the records that follow fail (``bad_record``)."""

        INC_RECORD = ""

    try:
        for record in Quiet(stream, arc2warc=True):
            try:
                yield _response(record)
            except (ValueError, UnicodeDecodeError, KeyError):
                yield Problem("bad_record")
    except ArchiveLoadFailed:
        yield Problem("bad_record")
    except (ValueError, UnicodeDecodeError, EOFError, OSError, zlib.error):
        yield Problem("bad_record")


def _response(record) -> Response | Problem | str:
    if record.rec_type != "response":
        return str(record.rec_type)
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        return Problem("bad_record", response=True)
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if not status or not (len(status) == 3 and status.isdigit()):
        return Problem("no_http_headers", response=True)
    if status != "200":
        return Problem(f"http_{status}", response=True)
    ctype = http.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return Problem("not_html", response=True)
    body = record.content_stream().read(MAX_MEMBER + 1)
    if len(body) > MAX_MEMBER:
        return Problem("too_large", response=True)
    return Response(url=url.strip("<> "), date=record.rec_headers.get_header("WARC-Date"), content_type=ctype,
                    body=body, record_id=record.rec_headers.get_header("WARC-Record-ID"))


class _Prefixed(io.RawIOBase):
    """A stream with a few bytes already read put back in front."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self.prefix, self.stream = prefix, stream

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self.prefix:
            if n is None or n < 0:
                data, self.prefix = self.prefix + self.stream.read(), b""
                return data
            data, self.prefix = self.prefix[:n], self.prefix[n:]
            if len(data) < n:
                data += self.stream.read(n - len(data))
            return data
        return self.stream.read(n)

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)
