"""Distributed crawling on scrapy-redis: one shared frontier for any number of workers.

scrapy-redis supplies the shared request queue and dupefilter. This module adds what it lacks, kept
small on purpose:

* ``Scheduler`` — scrapy-redis's scheduler without the ``spider=`` stats arguments Scrapy 2.19
  deprecates, plus *in-flight tracking*: a popped request is recorded under the worker's id until its
  response has been handled, and every worker sends a heartbeat from a thread of its own (Scrapy asks
  the scheduler nothing while every slot is busy, however long that lasts, so a beat sent only when
  asked let a busy worker look dead). When a worker dies (even by SIGKILL), its heartbeat expires
  and another worker puts its in-flight requests back on the queue, so nothing
  it had taken is lost (scrapy-redis alone would have marked them seen and dropped them). Marking a
  request seen and queueing it, and popping it and recording it in flight, are each one Lua script:
  as two calls, a worker killed between them lost the request (seen by every worker, queued by none).
The article state and the target list shared with it are Scrapy-free: ``newsscrape.run.redis``.

scrapy-redis's ``RedisSpider`` is not used: it still defines only ``start_requests()``, which Scrapy
2.16 removed; newsscrape's own ``ArticleSpider`` drives the crawl.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid

from redis.exceptions import RedisError
from scrapy_redis.scheduler import Scheduler as _RedisScheduler

from .. import exits
from ..run.redis import HEARTBEAT_SECONDS, INFLIGHT_KEY, PREFIX
from .extension import CrawlRun

logger = logging.getLogger(__name__)

HEARTBEATS_PER_TTL = 3                 # beats within one lifetime of the key: two may be late
HEARTBEAT_JOIN = 5.0                   # seconds a closing worker waits for a beat under way


def redis_settings(url: str, output_key: str | None = None) -> dict:
    """Scrapy settings that put the scheduler queue, dupefilter and state in Redis at ``url``."""
    settings = {
        "SCHEDULER": "newsscrape.crawl.distributed.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,             # a worker that leaves must not flush the shared queue
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",   # the sorted set the scripts use
        "SCHEDULER_QUEUE_KEY": f"{PREFIX}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{PREFIX}:%(spider)s:dupefilter",
        "REDIS_URL": url,
        "NEWSSCRAPE_REDIS_URL": url,
    }
    if output_key:
        settings["NEWSSCRAPE_REDIS_OUTPUT"] = output_key
    return settings


# KEYS: dupefilter set, queue zset, in-flight hash, discovery hash. ARGV: fingerprint, score, request
# bytes, "1" to skip the dupefilter, the old in-flight token of a rescheduled request ("" for none), and
# for a discovery page (sitemap, feed, listing) this worker's id and the heartbeat keys' prefix ("" for
# an article). Articles are seen for good. A discovery page is seen only while the worker that queued
# it is alive: the workers of one run share it, and the next run fetches it again and finds what it
# gained. Queued before marked seen: a script that fails half-way (Redis does not roll scripts back) can
# leave a request queued twice, never seen and not queued.
_PUSH = """
if ARGV[5] ~= '' then redis.call('HDEL', KEYS[3], ARGV[5]) end
local filtered = ARGV[4] ~= '1'
if ARGV[6] ~= '' then
  if filtered then
    local by = redis.call('HGET', KEYS[4], ARGV[1])
    if by and (by == ARGV[6] or redis.call('EXISTS', ARGV[7] .. by) == 1) then return 0 end
  end
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  if filtered then redis.call('HSET', KEYS[4], ARGV[1], ARGV[6]) end
  return 1
end
if filtered and redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
if filtered then redis.call('SADD', KEYS[1], ARGV[1]) end
return 1
"""
# KEYS: queue zset, in-flight hash. ARGV: token, entry header (JSON and a newline). The entry is the
# header followed by the request's bytes.
_POP = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0)
if #top == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. top[1])
return top[1]
"""

# KEYS: in-flight hash, queue zset. ARGV: token, score, request bytes. Only the worker whose HDEL
# succeeds puts the request back, in the same step.
_RECLAIM = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  return 1
end
return 0
"""


def _discovery(request) -> bool:
    """A sitemap, feed or listing page (not an article): what a later run must fetch again."""
    return getattr(request.callback, "__name__", "") == "parse_entry"


def _entry(raw: bytes) -> tuple[dict, bytes]:
    """An in-flight entry: (header with worker and time, the request's bytes)."""
    head, _, data = raw.partition(b"\n")
    return json.loads(head), data


class Scheduler(_RedisScheduler):
    """scrapy-redis's scheduler, with Scrapy 2.19 stats calls and in-flight recovery."""

    @classmethod
    def from_crawler(cls, crawler):
        instance = cls.from_settings(crawler.settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.worker = f"{os.uname().nodename}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        instance.heartbeat_ttl = crawler.settings.getfloat("NEWSSCRAPE_REDIS_HEARTBEAT", HEARTBEAT_SECONDS)
        instance._beating = None
        instance._reclaim_at = 0.0
        instance._down_since = None
        instance.outage = crawler.settings.getfloat("NEWSSCRAPE_REDIS_OUTAGE", 30.0)
        instance.run = crawler.get_extension(CrawlRun)      # None outside a newsscrape crawl
        if instance.run is not None:
            instance.run.scheduler = instance                # the spider marks requests done through it
        instance._push = instance.server.register_script(_PUSH)
        instance._pop = instance.server.register_script(_POP)
        instance._reclaim_one = instance.server.register_script(_RECLAIM)
        return instance

    @property
    def discovery_key(self) -> str:
        """Beside the dupefilter (``newsscrape:<spider>:dupefilter``): discovery pages and who queued them."""
        return self.df.key.rsplit(":", 1)[0] + ":discovery"

    @property
    def heartbeat_key(self) -> str:
        return f"{PREFIX}:worker:{self.worker}"

    def open(self, spider):
        """The heartbeat starts with the worker and beats, from its own thread, every third of its
        lifetime for as long as the process lives: its requests are its own while it is busy (all
        slots taken by slow pages, the item slot full), and come back to the others once it is gone."""
        super().open(spider)
        self._beating = threading.Event()
        self._guarded(None, self._heartbeat)
        self._beater = threading.Thread(target=self._beat_until_closed, args=(self._beating,),
                                        name="newsscrape-heartbeat", daemon=True)
        self._beater.start()

    def _beat_until_closed(self, closed: threading.Event) -> None:
        while not closed.wait(self.heartbeat_ttl / HEARTBEATS_PER_TTL):
            try:
                self._heartbeat()
            except RedisError:
                pass                     # the scheduler's own calls count the outage and decide on it

    def close(self, reason):
        """A worker that ends says so at once (its heartbeat key goes): its in-flight requests, if any,
        are taken back by the others now, and the discovery pages it queued are fetched again by the
        next run, not one heartbeat later."""
        if self._beating is not None:
            self._beating.set()
            self._beater.join(timeout=HEARTBEAT_JOIN)   # a beat under way must not set the key again
        super().close(reason)
        self._guarded(None, self.server.delete, self.heartbeat_key)

    def enqueue_request(self, request):
        """Seen-mark and queue in one step. A request scheduled again (a retry, a redirect) was in
        flight under its old token: that entry ends in the same step, or a later run would take it
        back and fetch it once more."""
        try:
            old = request.meta.pop("ns_inflight", None) or ""
            relist = [self.worker, f"{PREFIX}:worker:"] if _discovery(request) else ["", ""]
            queued = self._push(keys=[self.df.key, self.queue.key, INFLIGHT_KEY, self.discovery_key],
                                args=[self.df.request_fingerprint(request), -request.priority,
                                      self.queue._encode_request(request), "1" if request.dont_filter else "0", old,
                                      *relist])
            self._reachable()
        except RedisError as exc:
            self._unreachable(exc)
            return False
        if not queued:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def _guarded(self, default, call, *args):
        """``call(*args)``, or ``default`` when Redis cannot be reached (counted by the outage rule)."""
        try:
            return call(*args)
        except RedisError as exc:
            self._unreachable(exc)
            return default

    def next_request(self):
        return self._guarded(None, self._next_request)

    def _reachable(self) -> None:
        if self._down_since is not None:
            logger.warning("Redis is reachable again")
            self._down_since = None

    def _unreachable(self, exc: Exception) -> None:
        """Redis gone: one line, then, past NEWSSCRAPE_REDIS_OUTAGE seconds, the crawl stops with
        exit 69 instead of retrying forever."""
        now = time.monotonic()
        if self._down_since is None:
            self._down_since = now
            logger.warning("Redis unreachable (%s); waiting up to %.0f s", type(exc).__name__, self.outage)
            if self.stats:
                self.stats.inc_value("newsscrape/errors/redis_unreachable")
        elif now - self._down_since > self.outage and self.run is not None and not self.run.stopping:
            logger.error("Redis unreachable for %.0f s: stopping", now - self._down_since)
            self.run.stop("redis_unreachable", code=exits.UNAVAILABLE)

    def _next_request(self):
        self._reclaim()
        token = uuid.uuid4().hex
        header = json.dumps({"worker": self.worker, "at": time.time()}).encode() + b"\n"
        data = self._pop(keys=[self.queue.key, INFLIGHT_KEY], args=[token, header])
        self._reachable()
        if data is None:
            return None
        request = self.queue._decode_request(data)
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        request.meta["ns_inflight"] = token
        return request

    def has_pending_requests(self):
        # Not finished while Redis is away: the outage rule decides when to stop.
        return self._guarded(True, lambda: len(self) > 0 or self._orphans_exist())

    def __len__(self):
        return self._guarded(0, super().__len__)

    def done(self, meta: dict) -> None:
        """The response of this request has been handled: forget it as in flight."""
        token = meta.get("ns_inflight")
        if token:
            self._guarded(None, self.server.hdel, INFLIGHT_KEY, token)

    def others_inflight(self) -> bool:
        """Requests other workers have taken and not finished (they may come back if a worker dies)."""
        return self._guarded(True, self._others_inflight)

    def _others_inflight(self) -> bool:
        return any(_entry(raw)[0]["worker"] != self.worker for raw in self.server.hvals(INFLIGHT_KEY))

    def _heartbeat(self) -> None:
        self.server.set(self.heartbeat_key, b"1", px=int(self.heartbeat_ttl * 1000))

    def _orphans(self) -> list[tuple[bytes, dict, bytes]]:
        out = []
        alive: dict[str, bool] = {}
        for token, raw in self.server.hgetall(INFLIGHT_KEY).items():
            entry, data = _entry(raw)
            worker = entry["worker"]
            if worker == self.worker:
                continue
            if worker not in alive:
                alive[worker] = bool(self.server.exists(f"{PREFIX}:worker:{worker}"))
            if not alive[worker]:
                out.append((token, entry, data))
        return out

    def _orphans_exist(self) -> bool:
        return bool(self.server.hlen(INFLIGHT_KEY)) and bool(self._orphans())

    def _reclaim(self) -> None:
        """Put the in-flight requests of workers whose heartbeat has expired back on the queue."""
        now = time.monotonic()
        if now - self._reclaim_at < 1.0:
            return
        self._reclaim_at = now
        for token, entry, data in self._orphans():
            request = self.queue._decode_request(data)       # the bytes as queued: no in-flight token
            if self._reclaim_one(keys=[INFLIGHT_KEY, self.queue.key], args=[token, -request.priority, data]):
                if self.stats:
                    self.stats.inc_value("newsscrape/reclaimed")
                logger.info("reclaimed %s from stopped worker %s", request.url, entry["worker"])
