"""WARC files shared between machines through the crawl's Redis: `newsscrape enqueue --warc` pushes
sources, `newsscrape worker --warc` takes them one at a time.

A taken file is recorded as in flight under the worker's id, whose heartbeat key it refreshes while it
reads. When a worker dies (even by SIGKILL) its heartbeat expires and another worker puts its file back
on the queue, as the crawl's scheduler does for requests. A file read to its end is added to a done
set and never taken again. Articles go through the shared Redis state, so a file read again after a
worker died writes only what the dead worker had not.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

from ..run.redis import PREFIX, connect

QUEUE = f"{PREFIX}:warc:queue"
INFLIGHT = f"{PREFIX}:warc:inflight"
DONE = f"{PREFIX}:warc:done"
_TAKE = """
local source = redis.call('LPOP', KEYS[1])
if source then redis.call('HSET', KEYS[2], source, ARGV[1]) end
return source
"""
# Only the worker whose HDEL succeeds puts the file back, in the same step (as two calls, a worker
# killed between them lost the file).
_PUT_BACK = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then
  redis.call('LPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0
"""


def push(url: str, sources: list[str]) -> int:
    if not sources:
        return 0
    return connect(url).rpush(QUEUE, *sources)


class SharedFiles:
    def __init__(self, url: str, heartbeat: float = 15.0):
        self.server = connect(url)
        self.worker = f"{os.uname().nodename}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.heartbeat = heartbeat
        self._take = self.server.register_script(_TAKE)
        self._put_back = self.server.register_script(_PUT_BACK)
        self._stop = threading.Event()
        self._beat()
        self._thread = threading.Thread(target=self._beating, daemon=True)
        self._thread.start()

    def _key(self, worker: str) -> str:
        return f"{PREFIX}:warc:worker:{worker}"

    def _beat(self) -> None:
        self.server.set(self._key(self.worker), b"1", px=int(self.heartbeat * 1000))

    def _beating(self) -> None:
        while not self._stop.wait(max(0.5, self.heartbeat / 3)):
            try:
                self._beat()
            except Exception:  # Redis away for a moment: the next beat tries again
                pass

    def close(self) -> None:
        self._stop.set()
        try:
            self.server.delete(self._key(self.worker))
        except Exception:
            pass

    def take(self) -> str | None:
        """The next file to read (after putting back those of dead workers), or None."""
        self.reclaim()
        while True:
            raw = self._take(keys=[QUEUE, INFLIGHT], args=[self.worker])
            if raw is None:
                return None
            source = raw.decode() if isinstance(raw, bytes) else raw
            if self.server.sismember(DONE, source):
                self.server.hdel(INFLIGHT, source)
                continue
            return source

    def finish(self, source: str, complete: bool) -> None:
        if complete:
            self.server.sadd(DONE, source)
        else:
            self.server.lpush(QUEUE, source)      # stopped in the middle: another worker goes on
        self.server.hdel(INFLIGHT, source)

    def others_busy(self) -> bool:
        return any(w.decode() != self.worker for w in self.server.hvals(INFLIGHT))

    def reclaim(self) -> int:
        """Files in flight with workers whose heartbeat has expired go back on the queue."""
        moved = 0
        for source, worker in self.server.hgetall(INFLIGHT).items():
            if worker.decode() == self.worker or self.server.exists(self._key(worker.decode())):
                continue
            moved += self._put_back(keys=[INFLIGHT, QUEUE], args=[source])
        return moved


def idle_wait(files: SharedFiles, idle_timeout: float) -> str | None:
    """The next file, waiting up to ``idle_timeout`` s with nothing queued (longer while another
    worker holds a file that may come back)."""
    since = time.monotonic()
    while True:
        source = files.take()
        if source is not None:
            return source
        limit = max(idle_timeout, files.heartbeat * 3) if files.others_busy() else idle_timeout
        if time.monotonic() - since >= limit:
            return None
        time.sleep(0.5)
