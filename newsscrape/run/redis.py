"""The shared Redis of a crawl or archive run, without scrapy-redis: the article state and the queues.

* ``RedisState`` — the incremental article state in one Redis hash, same interface as ``StateStore``.
* ``Frontier`` — targets pushed by ``newsscrape enqueue`` for ``newsscrape worker`` to pick up.
* ``ListOutput`` — records pushed as JSON lines onto a Redis list (``--redis-output KEY``).

The crawl's shared request queue and dupefilter (scrapy-redis) live in ``newsscrape.crawl.distributed``;
only a Redis crawl imports it.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime

from .state import fingerprint
from .urls import canonical_key

PREFIX = "newsscrape"
INFLIGHT_KEY = f"{PREFIX}:inflight"
TARGETS_KEY = f"{PREFIX}:targets"
STATE_KEY = f"{PREFIX}:state"
RUNS_KEY = f"{PREFIX}:health:runs"
KEPT_RUNS = 1000                       # health history kept in Redis (one entry per worker's run)
HEARTBEAT_SECONDS = 15.0               # a crawl worker's heartbeat lifetime (NEWSSCRAPE_REDIS_HEARTBEAT)
# A claim lives half a heartbeat: far longer than the moment from claim to the line's row, and over before
# another worker can take back the request of a worker killed after claiming (which it does only once
# that worker's heartbeat has expired, at least two thirds of a lifetime after its last beat).
CLAIM_SHARE_OF_HEARTBEAT = 0.5

# KEYS: the state hash. ARGV: fingerprint, this worker's token, now (epoch s), a claim's lifetime, the claim's
# value, then the record's canonical keys. Refused (0) when one key holds this content written already, or
# claimed by another worker within the lifetime; else every key takes the claim (1). The line's row, written
# with the line, replaces it by the written entry.
_CLAIM = """
local fp, token, now, life = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 6, #ARGV do
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  if raw then
    local e = cjson.decode(raw)
    if e[1] == fp and (e[3] == nil or (e[3] ~= token and now - tonumber(e[4]) < life)) then return 0 end
  end
end
for i = 6, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], ARGV[5]) end
return 1
"""
# KEYS: the state hash. ARGV: this worker's token, then the keys: its claims on them end (a write that failed).
_RELEASE = """
for i = 2, #ARGV do
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  if raw and cjson.decode(raw)[3] == ARGV[1] then redis.call('HDEL', KEYS[1], ARGV[i]) end
end
return 1
"""


def connect(url: str):
    import redis

    return redis.Redis.from_url(url, decode_responses=False, socket_timeout=30)


class RedisState:
    """The incremental state (see ``state.StateStore``) in one Redis hash, shared by all workers."""

    shared = True                   # several workers' state: away for a while, the run goes on

    def __init__(self, url: str, outage: float = 30.0, heartbeat: float = HEARTBEAT_SECONDS):
        self.url = url
        self.outage = outage            # how long a restarting Redis may be away (NEWSSCRAPE_REDIS_OUTAGE)
        self.server = connect(url)
        self.token = uuid.uuid4().hex   # this worker's claims
        self.claim_seconds = heartbeat * CLAIM_SHARE_OF_HEARTBEAT
        self._claim = self.server.register_script(_CLAIM)
        self._release = self.server.register_script(_RELEASE)

    def close(self) -> None:
        self.server.close()

    def writer_target(self) -> dict:
        """The output's writer process records each line's fields itself (``LineWriter``), so a kill
        of the crawl never falls between a line and its state."""
        return {"redis": self.url, "redis_patience": self.outage}

    def writer_frame(self, record) -> tuple[str, list]:
        return f"HSET {STATE_KEY}", [list(pair) for pair in self._mapping(record).items()]

    def unrecorded(self, record) -> bool:
        """A file's last record that this state does not hold under any of its addresses."""
        urls = [u for u in (record.get("url"), record.get("canonical_url")) if isinstance(u, str) and u]
        return bool(urls) and all(self.get(u) is None for u in urls)

    def stories(self):
        """The story index the workers share (``run.stories``)."""
        from .stories import RedisStories

        return RedisStories(self.server)

    def save_run(self, kind: str, started: str, reason: str | None, publishers: dict) -> None:
        """A worker's run, its health figures (``run.health``): one entry per worker and run."""
        entry = {"kind": kind, "started": started, "finished": datetime.now(UTC).isoformat(timespec="seconds"),
                 "reason": reason, "publishers": publishers}
        self.server.rpush(RUNS_KEY, json.dumps(entry, ensure_ascii=False))
        self.server.ltrim(RUNS_KEY, -KEPT_RUNS, -1)

    def runs(self, n: int) -> list[dict]:
        return [json.loads(raw) for raw in self.server.lrange(RUNS_KEY, -n, -1)]

    def get(self, url: str) -> tuple[str, str] | None:
        """(fingerprint, when) of the article at ``url`` as written, or as claimed by another worker within
        the claim's lifetime; None when neither (a claim of this worker's own is its unfinished write)."""
        raw = self.server.hget(STATE_KEY, canonical_key(url))
        if raw is None:
            return None
        fp, last, *claim = json.loads(raw)
        if claim and (claim[0] == self.token or time.time() - claim[1] >= self.claim_seconds):
            return None
        return fp, last

    def claim(self, record) -> bool:
        """Take the record for writing, in one step with asking whether it is taken: False when another
        worker has written this content under one of its addresses since this one asked, or is writing it
        now. Two workers that met one article at once at two addresses once both wrote it."""
        keys = self._keys(record)
        if not keys:
            return True
        fp, now = fingerprint(record), time.time()
        value = json.dumps([fp, datetime.now(UTC).isoformat(timespec="seconds"), self.token, now])
        return bool(self._claim(keys=[STATE_KEY], args=[fp, self.token, now, self.claim_seconds, value, *keys]))

    def release(self, record) -> None:
        """This worker's claims on the record end (its write failed): another may take it now."""
        if keys := self._keys(record):
            self._release(keys=[STATE_KEY], args=[self.token, *keys])

    @staticmethod
    def _keys(record) -> list[str]:
        return [canonical_key(u) for u in (record.get("url"), record.get("canonical_url")) if u]

    def record(self, record) -> None:
        self.server.hset(STATE_KEY, mapping=self._mapping(record))

    @classmethod
    def _mapping(cls, record) -> dict[str, str]:
        value = json.dumps([fingerprint(record), datetime.now(UTC).isoformat(timespec="seconds")])
        return dict.fromkeys(cls._keys(record), value)


class Frontier:
    """Targets waiting for workers: `newsscrape enqueue` pushes, `newsscrape worker` pops."""

    def __init__(self, url: str):
        self.server = connect(url)

    def push(self, plans: list[tuple[str, str]]) -> int:
        if not plans:
            return 0
        return self.server.rpush(TARGETS_KEY, *[json.dumps({"profile": p, "url": u}) for p, u in plans])

    def pop(self) -> tuple[str, str] | None:
        raw = self.server.lpop(TARGETS_KEY)
        if raw is None:
            return None
        entry = json.loads(raw)
        return entry["profile"], entry["url"]


class ListOutput:
    """With --redis-output KEY: each record pushed as one JSON line onto a Redis list (the state is
    recorded after it, by ``run.chain``)."""

    records_state = False

    def __init__(self, url: str, key: str):
        self.server = connect(url)
        self.key = key

    def open(self) -> ListOutput:
        return self

    def close(self) -> None:
        self.server.close()

    def write(self, record) -> None:
        from ..record import to_json_line

        self.server.rpush(self.key, to_json_line(record).rstrip("\n").encode("utf-8"))
