"""Incremental state: which articles earlier runs wrote, and one run at a time per state file.

SQLite (the standard library's driver) in WAL mode. The JSON Lines output's writer process commits an
article's rows right after writing its line (``newsscrape.run.linewriter``), so a killed run loses nothing
and writes nothing twice: the next run writes what it did not record.
The lock is an advisory lock on ``<state>.lock`` held for the whole run.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from ..errors import LockedError
from ..text.arabic import fold
from .urls import canonical_key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,
    article TEXT NOT NULL,
    url TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    published TEXT,
    first_written TEXT NOT NULL,
    last_written TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_last_written ON articles(last_written);
CREATE TABLE IF NOT EXISTS archive_files (
    source TEXT PRIMARY KEY,
    finished TEXT NOT NULL,
    articles INTEGER NOT NULL
);
"""
# Made by the first `state forget` / `state prune` only (a state most runs never need them in stays small).
_FORGOTTEN = "CREATE TABLE IF NOT EXISTS forgotten (key TEXT PRIMARY KEY)"
_NOTES = "CREATE TABLE IF NOT EXISTS notes (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
# One row per run, its figures per publisher as JSON (``run.health``); made by the first run that saves.
_RUNS = ("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started TEXT NOT NULL, "
         "finished TEXT NOT NULL, reason TEXT, publishers TEXT NOT NULL)")


def default_state_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "newsscrape" / "state.sqlite"


def fingerprint(record) -> str:
    """Content identity: folded title and body, so whitespace or diacritics edits do not count. An
    ``Article`` judged in a pool process carries it already (``content_fingerprint``)."""
    if known := getattr(record, "content_fingerprint", None):
        return known
    text = fold(record.get("title")) + "\n" + fold(record.get("body"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class RunLock:
    """Exclusive, advisory lock on ``<state>.lock``; released when the process ends, however it ends.
    The path is resolved first, so the same file reached through a symlink is the same lock; and the
    file itself is locked by its inode too (a lock file named from its device and inode, in the temp
    folder), so two hard links of one state are one lock."""

    def __init__(self, state_path: str | Path):
        self.state = Path(state_path).resolve()
        self.path = Path(str(self.state) + ".lock")
        self.fd: int | None = None
        self.inode: RunLock | None = None

    def acquire(self, wait: bool = False) -> None:
        self._acquire(wait)
        try:
            self.state.parent.mkdir(parents=True, exist_ok=True)
            self.state.touch(exist_ok=True)
            info = self.state.stat()
            folder = Path(tempfile.gettempdir()) / f"newsscrape-locks-{os.getuid()}"
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return                           # no temp folder to lock in: the path's lock stands alone
        inode = RunLock.__new__(RunLock)
        inode.state, inode.fd, inode.inode = self.state, None, None
        inode.path = folder / f"{info.st_dev}-{info.st_ino}.lock"
        try:
            inode._acquire(wait)
        except LockedError:
            self.release()
            raise LockedError(f"another newsscrape run holds {self.state} (through another name of the "
                              "same file)" + "; use --wait to queue behind it") from None
        self.inode = inode

    def _acquire(self, wait: bool = False) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    raise
                holder = os.read(self.fd, 64).decode("ascii", "ignore").strip()
                print(f"newsscrape: waiting for the run that holds {self.path}"
                      + (f" (pid {holder})" if holder else "") + " to end (--wait)", file=sys.stderr, flush=True)
                fcntl.flock(self.fd, fcntl.LOCK_EX)
        except BlockingIOError:
            holder = os.read(self.fd, 64).decode("ascii", "ignore").strip()
            os.close(self.fd)
            self.fd = None
            raise LockedError(f"another newsscrape run holds {self.path}" + (f" (pid {holder})" if holder else "")
                              + "; use --wait to queue behind it") from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, str(os.getpid()).encode())

    def release(self) -> None:
        if self.inode is not None:
            self.inode.release()
            self.inode = None
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


class StateStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def get(self, url: str) -> tuple[str, str] | None:
        """(fingerprint, last written) of a recorded article, or None."""
        row = self.db.execute("SELECT fingerprint, last_written FROM articles WHERE key = ?",
                              (canonical_key(url),)).fetchone()
        return tuple(row) if row else None

    UPSERT = ("INSERT INTO articles (key, article, url, fingerprint, published, first_written, last_written) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET fingerprint = excluded.fingerprint, "
              "last_written = excluded.last_written")

    def rows(self, record) -> list[tuple]:
        """The UPSERT parameters that record an article: one row per address it is known by."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        fp = fingerprint(record)
        article = canonical_key(record.get("canonical_url") or record["url"])
        return [(canonical_key(url), article, url, fp, record.get("published"), now, now)
                for url in sorted({record.get("url"), record.get("canonical_url")} - {None})]

    shared = False                  # one run's file: a state that cannot be written stops the run

    def writer_target(self) -> dict:
        """Where the output's writer process records each line's rows (``LineWriter``)."""
        return {"state": str(self.path)}

    def writer_frame(self, record) -> tuple[str, list]:
        return self.UPSERT, self.rows(record)

    def record(self, record) -> None:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(self.UPSERT, self.rows(record))

    def file_done(self, source: str) -> bool:
        """Was this archive file read to its end by an earlier run?"""
        return self.db.execute("SELECT 1 FROM archive_files WHERE source = ?", (source,)).fetchone() is not None

    def mark_file(self, source: str, articles: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO archive_files (source, finished, articles) VALUES (?, ?, ?)",
                        (source, datetime.now(UTC).isoformat(timespec="seconds"), articles))

    def forget(self, url: str) -> int:
        row = self.db.execute("SELECT article FROM articles WHERE key = ?", (canonical_key(url),)).fetchone()
        if not row:
            return 0
        with self.db:
            self.db.execute(_FORGOTTEN)
            self.db.execute("INSERT OR IGNORE INTO forgotten (key) SELECT key FROM articles WHERE article = ?", row)
            self.db.execute("DELETE FROM articles WHERE article = ?", row)
        return 1

    def unrecorded(self, record) -> bool:
        """Is ``record`` (a file's last line) an article this state should hold but does not: no row for
        any of its addresses, not forgotten on purpose (``forget``), not older than the last ``prune``?"""
        urls = [u for u in (record.get("url"), record.get("canonical_url")) if isinstance(u, str) and u]
        keys = [canonical_key(u) for u in urls]
        if not keys or any(self.get(u) is not None for u in urls):
            return False
        marks = ",".join("?" * len(keys))
        try:
            if self.db.execute(f"SELECT 1 FROM forgotten WHERE key IN ({marks})", keys).fetchone():
                return False
        except sqlite3.OperationalError:         # never forgot anything: no such table
            pass
        try:
            pruned = self.db.execute("SELECT value FROM notes WHERE name = 'pruned_before'").fetchone()
        except sqlite3.OperationalError:
            pruned = None
        fetched = record.get("fetched_at")
        return not (pruned and isinstance(fetched, str) and fetched < pruned[0])

    def prune(self, before: datetime) -> int:
        """Forget the articles last written before ``before``; how many articles (not address rows)."""
        cutoff = (before.astimezone(UTC).isoformat(timespec="seconds"),)
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            count = self.db.execute("SELECT COUNT(DISTINCT article) FROM articles WHERE last_written < ?",
                                    cutoff).fetchone()[0]
            self.db.execute("DELETE FROM articles WHERE last_written < ?", cutoff)
            self.db.execute(_RUNS)
            self.db.execute("DELETE FROM runs WHERE finished < ?", cutoff)         # health history too
            self.db.execute(_NOTES)
            self.db.execute("INSERT OR REPLACE INTO notes (name, value) VALUES ('pruned_before', ?)", cutoff)
        self.stories().prune(cutoff[0])                                          # and old stories
        return count

    def stories(self):
        """The story index kept in this state (``run.stories``)."""
        from .stories import SqliteStories

        return SqliteStories(self.db)

    def save_run(self, kind: str, started: str, reason: str | None, publishers: dict) -> None:
        """A run's health figures (``run.health.RunHealth``), kept for `newsscrape health`."""
        import json

        finished = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(_RUNS)
            self.db.execute("INSERT INTO runs (kind, started, finished, reason, publishers) VALUES (?, ?, ?, ?, ?)",
                            (kind, started, finished, reason, json.dumps(publishers, ensure_ascii=False)))

    def runs(self, n: int) -> list[dict]:
        """The last ``n`` runs' health figures, oldest first (none before the first run saved any)."""
        import json

        try:
            rows = self.db.execute("SELECT kind, started, finished, reason, publishers FROM runs "
                                   "ORDER BY id DESC LIMIT ?", (n,)).fetchall()
        except sqlite3.OperationalError:          # no run saved yet: no such table
            return []
        return [{"kind": k, "started": s, "finished": f, "reason": r, "publishers": json.loads(p)}
                for k, s, f, r, p in reversed(rows)]

    def stats(self) -> dict:
        count, first, last = self.db.execute(
            "SELECT COUNT(DISTINCT article), MIN(first_written), MAX(last_written) FROM articles").fetchone()
        return {"path": str(self.path), "articles": count, "first_written": first, "last_written": last}

    def latest(self, n: int = 10) -> list[tuple[str, str]]:
        return self.db.execute("SELECT MAX(last_written), MIN(url) FROM articles GROUP BY article "
                               "ORDER BY 1 DESC LIMIT ?", (n,)).fetchall()
