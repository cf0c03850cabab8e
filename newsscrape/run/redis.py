"""The shared Redis of a crawl or archive run, without scrapy-redis: the article state and the queues.

* ``RedisState`` — the incremental article state in one Redis hash, same interface as ``StateStore``.
* ``Frontier`` — targets pushed by ``newsscrape enqueue`` for ``newsscrape worker`` to pick up.
* ``ListOutput`` — records pushed as JSON lines onto a Redis list (``--redis-output KEY``).

The crawl's shared request queue and dupefilter (scrapy-redis) live in ``newsscrape.crawl.distributed``;
only a Redis crawl imports it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from .state import fingerprint
from .urls import canonical_key

PREFIX = "newsscrape"
INFLIGHT_KEY = f"{PREFIX}:inflight"
TARGETS_KEY = f"{PREFIX}:targets"
STATE_KEY = f"{PREFIX}:state"
RUNS_KEY = f"{PREFIX}:health:runs"
KEPT_RUNS = 1000                       # health history kept in Redis (one entry per worker's run)


def connect(url: str):
    import redis

    return redis.Redis.from_url(url, decode_responses=False, socket_timeout=30)


class RedisState:
    """The incremental state (see ``state.StateStore``) in one Redis hash, shared by all workers."""

    shared = True                   # several workers' state: away for a while, the run goes on

    def __init__(self, url: str, outage: float = 30.0):
        self.url = url
        self.outage = outage            # how long a restarting Redis may be away (NEWSSCRAPE_REDIS_OUTAGE)
        self.server = connect(url)

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
        raw = self.server.hget(STATE_KEY, canonical_key(url))
        if raw is None:
            return None
        fp, last = json.loads(raw)
        return fp, last

    def record(self, record) -> None:
        self.server.hset(STATE_KEY, mapping=self._mapping(record))

    @staticmethod
    def _mapping(record) -> dict[str, str]:
        value = json.dumps([fingerprint(record), datetime.now(UTC).isoformat(timespec="seconds")])
        return {canonical_key(u): value for u in (record.get("url"), record.get("canonical_url")) if u}


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
