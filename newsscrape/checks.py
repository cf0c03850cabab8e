"""Checks of command-line input before anything runs: each bad value is one line, never a traceback.

Every function raises ``ValueError`` with the message the user sees; the CLI turns it into a usage
error (exit 2).
"""

from __future__ import annotations

import math
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

# Scrapy settings whose values are numbers (and which must not be negative), checked for -s NAME=VALUE.
_INT_SETTINGS = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS", "RETRY_TIMES",
                 "REDIRECT_MAX_TIMES", "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE", "DEPTH_LIMIT",
                 "CLOSESPIDER_ITEMCOUNT", "CLOSESPIDER_PAGECOUNT", "CLOSESPIDER_ERRORCOUNT", "NEWSSCRAPE_LIMIT"}
_FLOAT_SETTINGS = {"DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY",
                   "AUTOTHROTTLE_TARGET_CONCURRENCY", "CLOSESPIDER_TIMEOUT", "NEWSSCRAPE_BACKOFF_BASE",
                   "NEWSSCRAPE_BACKOFF_MAX", "NEWSSCRAPE_REDIS_HEARTBEAT", "DOWNLOAD_DELAY_JITTER"}
_POSITIVE = {"DOWNLOAD_TIMEOUT", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS"}


def setting_pairs(values: tuple[str, ...] | list[str]) -> dict[str, str]:
    """-s NAME=VALUE pairs, with numeric Scrapy settings checked."""
    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValueError(f"-s {item!r}: expected NAME=VALUE")
        if name in _INT_SETTINGS or name in _FLOAT_SETTINGS:
            try:
                number = int(value) if name in _INT_SETTINGS else float(value)
            except ValueError:
                kind = "an integer" if name in _INT_SETTINGS else "a number"
                raise ValueError(f"-s {name}={value}: must be {kind}") from None
            if not math.isfinite(number) or number < 0 or (name in _POSITIVE and number == 0):
                raise ValueError(f"-s {name}={value}: must be {'above' if name in _POSITIVE else 'at least'} 0")
        out[name] = value
    return out


def finite(value: float | None, option: str) -> None:
    if value is not None and not math.isfinite(value):
        raise ValueError(f"{option} {value}: must be a finite number")


def output_path(path: str | None) -> None:
    """A file we can create or append to: its folder exists, it is not a folder, it is writable."""
    if not path or path == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"output {path}: is a directory")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise ValueError(f"output folder does not exist: {target.parent}")
    if target.exists() and not os.access(target, os.W_OK) or not target.exists() and not os.access(parent, os.W_OK):
        raise ValueError(f"output {path}: not writable")


def state_path(path: str, *, must_exist: bool = False) -> None:
    """A SQLite state file: not a folder, readable and writable, really SQLite (or new)."""
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"state {path}: is a directory")
    if not target.exists():
        if must_exist:
            raise ValueError(f"no state file at {path}")
        parent = target.resolve().parent
        if parent.exists() and not os.access(parent, os.W_OK):
            raise ValueError(f"state {path}: folder not writable")
        return
    if not os.access(target, os.R_OK | os.W_OK):
        raise ValueError(f"state {path}: not readable and writable")
    try:
        with open(target, "rb") as f:
            header = f.read(16)
        if header and header != b"SQLite format 3\x00":
            raise ValueError(f"state {path}: not a newsscrape state file (not SQLite)")
        db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            db.execute("PRAGMA schema_version").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"state {path}: unreadable ({exc})") from None


def folder_for(path: str | None, option: str) -> None:
    """--log-file: its folder must exist."""
    if path and not Path(path).resolve().parent.is_dir():
        raise ValueError(f"{option} {path}: folder does not exist")


def job_dir(path: str | None) -> None:
    if path and Path(path).exists() and not Path(path).is_dir():
        raise ValueError(f"--resume {path}: is a file, not a folder")


def cache_dir(path: str | None) -> None:
    if not path:
        return
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"--cache {path}: cannot create ({exc.strerror})") from None
    if not os.access(path, os.W_OK):
        raise ValueError(f"--cache {path}: not writable")


def redis_url(url: str | None) -> None:
    """A redis:// URL that answers a PING within 3 s."""
    if not url:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        raise ValueError(f"--redis {url}: not a redis:// URL")
    try:
        _ = parts.port
    except ValueError:
        raise ValueError(f"--redis {url}: port out of range") from None
    try:
        import redis
    except ImportError:
        raise ValueError("--redis needs scrapy-redis: pip install 'newsscrape[redis]'") from None
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3).ping()
    except Exception as exc:  # redis.ConnectionError, TimeoutError, AuthenticationError, ...
        raise ValueError(f"--redis {url}: cannot reach it ({type(exc).__name__})") from None
