"""Syndicated stories: the same agency story carried by many outlets, known as one.

Each record's body is folded (``text.arabic.fold``: diacritics and tatweel out, hamza/alef/yaa/taa
marbuta forms folded, digits kept as ASCII, so two daily reports of one template with other figures stay
two stories), its dateline and closing agency tag left out, and cut into word shingles; a MinHash
signature of the shingles (rensa: a Rust MinHash, 7 µs a record where datasketch takes 460 µs) is banded
for LSH. A record joins the story of the most similar earlier record whose estimated Jaccard similarity
reaches ``THRESHOLD``; else it starts a story of its own. Bodies under ``MIN_WORDS`` folded words are never
matched (a story of their own, never indexed).

``SqliteStories`` keeps the index in the run's SQLite state (one run at a time holds it: the run lock);
``RedisStories`` in the workers' Redis, where finding a record's story and adding it are one Lua script,
so two workers never give one story two ids.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
from dataclasses import dataclass
from datetime import UTC, datetime

from ..text.arabic import fold

SHINGLE_WORDS = 4             # words per shingle
NUM_PERM = 128                # MinHash permutations
BANDS, ROWS = 48, 2           # LSH: 48 bands of 2 rows: a pair at 0.2 is a candidate 86 times in 100
THRESHOLD = 0.4               # estimated Jaccard similarity of (weighted) shingles that makes a copy,
CONTAINED = 0.8               # or this share of the smaller one's shingles in the other (a trimmed copy:
CONTAINED_FLOOR = 0.2         # two copies trimmed differently are alike in what they kept) with at least
#                               this Jaccard similarity. Measured on tests/syndication.py in 25 orders of
#                               arrival: containment 0.7-0.85 all right, 0.65 merges follow-ups, Jaccard alone
#                               splits differently trimmed copies that arrive before their original.
MIN_WORDS = 40                # folded body words below which a record is never matched
FIGURE_WEIGHT = 4             # a shingle with a number in it counts this many times
SEED = 20240501               # fixed: signatures of every run, process and machine agree
_SIG = struct.Struct(f"<{NUM_PERM}I")
_DIGIT = re.compile(r"\d")
_MASK = (1 << 64) - 1
# A dateline or a closing agency tag has a bracket, a dash, a slash or a colon near its end of the
# paragraph: without one, the credit grammar (most of a signature's cost) is not asked.
_CREDIT_MARK = re.compile(r"[()\[\]{}«»\-\u2010-\u2015\u0640/:]")
_HEAD = 120


def story_words(paragraphs) -> list[str]:
    """The folded words a story is recognised by: the body without its dateline and closing tag."""
    from ..text.credits import closing_tag, dateline

    paras = [p for p in paragraphs if p]
    if not paras:
        return []
    first = paras[0]
    if _CREDIT_MARK.search(first[:_HEAD]) and (found := dateline(first)) is not None:
        clause = found[1]
        cut = first.find(clause[-12:]) if clause else -1
        paras[0] = first[cut + len(clause[-12:]):] if cut >= 0 else first
    if _CREDIT_MARK.search(paras[-1][-_HEAD:]) and (tag := closing_tag(paras[-1])) is not None:
        paras[-1] = tag[2]
    return fold(" ".join(paras)).split()


@dataclass(frozen=True)
class Signature:
    values: tuple[int, ...]       # NUM_PERM MinHash values
    shingles: int                 # distinct (weighted) shingles: with Jaccard, the overlap's share


def signature(paragraphs) -> Signature | None:
    """The MinHash signature of a body, or None when it is too short to judge."""
    from rensa import RMinHash

    words = story_words(paragraphs)
    if len(words) < MIN_WORDS:
        return None
    count = len(words) - SHINGLE_WORDS + 1
    shingles = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(count)]
    # Figures weigh more: a shingle that holds a number counts FIGURE_WEIGHT times, so two bulletins of
    # one template with other figures stay apart, while copies (the same figures) stay together.
    figures = [i for i, w in enumerate(words) if _DIGIT.search(w)]
    weighted = sorted({j for i in figures for j in range(max(0, i - SHINGLE_WORDS + 1), min(i + 1, count))})
    shingles += [f"{k}#{shingles[j]}" for j in weighted for k in range(FIGURE_WEIGHT - 1)]
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(shingles)
    return Signature(tuple(minhash.digest()), len(set(shingles)))


def match(a: Signature, values_b, shingles_b: int) -> float | None:
    """How alike two bodies are (the larger of Jaccard and containment), or None when not a copy."""
    j = similarity(a.values, values_b)
    contained = j * (a.shingles + shingles_b) / (1 + j) / max(1, min(a.shingles, shingles_b))
    if j >= THRESHOLD or (contained >= CONTAINED and j >= CONTAINED_FLOOR):
        return max(j, contained)
    return None


def similarity(a, b) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def buckets(sig: Signature) -> list[int]:
    """One LSH bucket per band: the band's number and rows mixed into a signed 64-bit integer (an SQLite
    INTEGER). Equal rows give equal buckets on every machine; a rare collision only adds a candidate,
    which the similarity check then refuses."""
    out = []
    values = sig.values
    for band in range(BANDS):
        r0, r1 = values[band * ROWS:(band + 1) * ROWS]           # (ROWS is 2)
        mixed = ((band + 1) * 0x9E3779B97F4A7C15 ^ (r0 << 32 | r1)) & _MASK
        out.append(mixed - (1 << 64) if mixed >> 63 else mixed)
    return out


def new_story_id(key: str) -> str:
    return "s" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True)
class Member:
    key: str                      # the record's canonical key (run.urls)
    url: str                      # its canonical URL, or its URL
    publisher: str
    title: str
    published: str | None


@dataclass(frozen=True)
class Assigned:
    story: str
    copy_of: str | None           # the first record of the story, None when this is it


# ---- SQLite ---------------------------------------------------------------------------------------

_TABLES = (
    "CREATE TABLE IF NOT EXISTS story_members (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, story TEXT NOT "
    "NULL, url TEXT NOT NULL, publisher TEXT, title TEXT, published TEXT, written TEXT NOT NULL, signature BLOB, "
    "shingles INTEGER)",
    "CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story, id)",
    "CREATE TABLE IF NOT EXISTS story_buckets (bucket INTEGER NOT NULL, member INTEGER NOT NULL, "
    "PRIMARY KEY (bucket, member)) WITHOUT ROWID",
)


class SqliteStories:
    """The story index in the run's SQLite state (tables made by the first run that marks stories)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            for sql in _TABLES:
                self.db.execute(sql)

    def assign(self, member: Member, sig) -> Assigned:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            row = self.db.execute("SELECT story FROM story_members WHERE key = ?", (member.key,)).fetchone()
            if row is not None:                        # written before (a rerun after a kill): as it was
                return self._assigned(row[0], member.key)
            keys = buckets(sig) if sig is not None else []
            known = self._best(sig, keys) if keys else None
            story = known or new_story_id(member.key)
            cur = self.db.execute(
                "INSERT INTO story_members (key, story, url, publisher, title, published, written, signature, "
                "shingles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (member.key, story, member.url, member.publisher, member.title, member.published, now,
                 _SIG.pack(*sig.values) if sig else None, sig.shingles if sig else None))
            self.db.executemany("INSERT OR IGNORE INTO story_buckets (bucket, member) VALUES (?, ?)",
                                [(b, cur.lastrowid) for b in keys])
            return self._assigned(story, member.key) if known else Assigned(story, None)

    def _best(self, sig: Signature, keys: list[int]) -> str | None:
        marks = ",".join("?" * len(keys))
        found = self.db.execute(
            f"SELECT m.story, m.signature, m.shingles FROM story_members m WHERE m.id IN "
            f"(SELECT DISTINCT member FROM story_buckets WHERE bucket IN ({marks}))", keys).fetchall()
        best, story = -1.0, None
        for candidate, blob, shingles in found:
            score = match(sig, _SIG.unpack(blob), shingles)
            if score is not None and score > best:
                best, story = score, candidate
        return story

    def _assigned(self, story: str, key: str) -> Assigned:
        first_key, first_url = self.db.execute(
            "SELECT key, url FROM story_members WHERE story = ? ORDER BY id LIMIT 1", (story,)).fetchone()
        return Assigned(story, None if first_key == key else first_url)

    def prune(self, before: str) -> None:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            for sql in _TABLES:
                self.db.execute(sql)
            self.db.execute("DELETE FROM story_buckets WHERE member IN (SELECT id FROM story_members "
                            "WHERE written < ?)", (before,))
            self.db.execute("DELETE FROM story_members WHERE written < ?", (before,))

    def listing(self, since: str) -> list[dict]:
        """Stories with a record written since ``since``: their records, first first."""
        try:
            rows = self.db.execute(
                "SELECT story, url, publisher, title, published, written FROM story_members WHERE story IN "
                "(SELECT story FROM story_members WHERE written >= ?) ORDER BY id", (since,)).fetchall()
        except sqlite3.OperationalError:                 # no story marked yet: no such table
            return []
        return group(rows)


def group(rows) -> list[dict]:
    stories: dict[str, dict] = {}
    for story, url, publisher, title, published, written in rows:
        entry = stories.setdefault(story, {"story": story, "records": []})
        entry["records"].append({"url": url, "publisher": publisher, "title": title, "published": published,
                                 "written": written})
    out = list(stories.values())
    for entry in out:
        entry["outlets"] = len({r["publisher"] for r in entry["records"]})
    out.sort(key=lambda e: (-e["outlets"], -len(e["records"]), e["records"][0]["written"]))
    return out


# ---- Redis ----------------------------------------------------------------------------------------

MEMBERS_KEY = "newsscrape:story:members"     # record key -> story \n shingle count \n signature
FIRST_KEY = "newsscrape:story:first"         # story -> record key \n url of its first record
BUCKET_PREFIX = "newsscrape:story:b:"        # bucket -> set of record keys
LOG_KEY = "newsscrape:story:log"             # records as assigned (JSON), for `newsscrape stories`

# ARGV: record key, url, signature ("" when too short), its shingle count, new story id, entry JSON,
# THRESHOLD, CONTAINED, CONTAINED_FLOOR, NUM_PERM, then the buckets. Finding the story and adding the
# record are one step, so two workers never give one story two ids. Returns "story\nfirst key\nfirst url".
_ASSIGN = """
local members, first = KEYS[1], KEYS[2]
local mine = redis.call('HGET', members, ARGV[1])
local story = nil
if mine then
  story = string.sub(mine, 1, string.find(mine, '\\n', 1, true) - 1)
else
  local sig, n = ARGV[3], tonumber(ARGV[4])
  local jmin, cmin, floor, perms = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
  if sig ~= '' then
    local best, seen = -1, {}
    for i = 11, #ARGV do
      for _, key in ipairs(redis.call('SMEMBERS', KEYS[3] .. ARGV[i])) do
        if not seen[key] then
          seen[key] = true
          local entry = redis.call('HGET', members, key)
          if entry then
            local a = string.find(entry, '\\n', 1, true)
            local b = string.find(entry, '\\n', a + 1, true)
            local other, m = string.sub(entry, b + 1), tonumber(string.sub(entry, a + 1, b - 1))
            local same = 0
            for k = 1, #sig, 4 do
              if string.sub(sig, k, k + 3) == string.sub(other, k, k + 3) then same = same + 1 end
            end
            local j = same / perms
            local contained = j * (n + m) / (1 + j) / math.max(1, math.min(n, m))
            if j >= jmin or (contained >= cmin and j >= floor) then
              local score = math.max(j, contained)
              if score > best then best, story = score, string.sub(entry, 1, a - 1) end
            end
          end
        end
      end
    end
  end
  story = story or ARGV[5]
  redis.call('HSET', members, ARGV[1], story .. '\\n' .. ARGV[4] .. '\\n' .. sig)
  if sig ~= '' then
    for i = 11, #ARGV do redis.call('SADD', KEYS[3] .. ARGV[i], ARGV[1]) end
  end
  redis.call('HSETNX', first, story, ARGV[1] .. '\\n' .. ARGV[2])
  redis.call('RPUSH', KEYS[4], story .. '\\t' .. ARGV[6])
end
return story .. '\\n' .. redis.call('HGET', first, story)
"""


class RedisStories:
    """The story index in the workers' Redis."""

    def __init__(self, server):
        self.server = server
        self.script = server.register_script(_ASSIGN)

    def assign(self, member: Member, sig) -> Assigned:
        import json

        entry = json.dumps({"url": member.url, "publisher": member.publisher, "title": member.title,
                            "published": member.published,
                            "written": datetime.now(UTC).isoformat(timespec="seconds")}, ensure_ascii=False)
        args = [member.key, member.url, _SIG.pack(*sig.values) if sig else b"", sig.shingles if sig else 0,
                new_story_id(member.key), entry, THRESHOLD, CONTAINED, CONTAINED_FLOOR, NUM_PERM,
                *(buckets(sig) if sig else [])]
        raw = self.script(keys=[MEMBERS_KEY, FIRST_KEY, BUCKET_PREFIX, LOG_KEY], args=args)
        story, first_key, first_url = raw.decode("utf-8").split("\n", 2)
        return Assigned(story, None if first_key == member.key else first_url)

    def listing(self, since: str) -> list[dict]:
        import json

        rows = []
        for raw in self.server.lrange(LOG_KEY, 0, -1):
            story, _, entry = raw.decode("utf-8").partition("\t")
            e = json.loads(entry)
            rows.append((story, e["url"], e["publisher"], e["title"], e["published"], e["written"]))
        recent = {row[0] for row in rows if row[5] >= since}
        return group([row for row in rows if row[0] in recent])
