"""Checks of command-line input before anything runs: each bad value is one line, never a traceback.

Every function raises ``ValueError`` with the message the user sees; the CLI turns it into a usage
error (exit 2).
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

# Tables a newsscrape state file holds (run/state.py): a database with tables, none of them these, is
# another program's.
STATE_TABLES = {"articles", "archive_files"}

# Scrapy settings whose values are numbers (and which must not be negative), checked for -s NAME=VALUE.
_INT_SETTINGS = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS", "RETRY_TIMES",
                 "REDIRECT_MAX_TIMES", "DOWNLOAD_MAXSIZE", "DOWNLOAD_WARNSIZE", "DEPTH_LIMIT",
                 "CLOSESPIDER_ITEMCOUNT", "CLOSESPIDER_PAGECOUNT", "CLOSESPIDER_ERRORCOUNT", "NEWSSCRAPE_LIMIT"}
_FLOAT_SETTINGS = {"DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY",
                   "AUTOTHROTTLE_TARGET_CONCURRENCY", "CLOSESPIDER_TIMEOUT", "NEWSSCRAPE_BACKOFF_BASE",
                   "NEWSSCRAPE_BACKOFF_MAX", "NEWSSCRAPE_REDIS_HEARTBEAT", "DOWNLOAD_DELAY_JITTER"}
_POSITIVE = {"DOWNLOAD_TIMEOUT", "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CONCURRENT_ITEMS",
             "NEWSSCRAPE_MAX_QUEUED_ARTICLES"}
_INT_SETTINGS |= {"NEWSSCRAPE_PROCESSES", "NEWSSCRAPE_MAX_QUEUED_ARTICLES", "REACTOR_THREADPOOL_MAXSIZE",
                  "DNSCACHE_SIZE", "DEPTH_PRIORITY",
                  "SCHEDULER_DEBUG", "MEMUSAGE_LIMIT_MB", "MEMUSAGE_WARNING_MB", "URLLENGTH_LIMIT",
                  "HTTPCACHE_EXPIRATION_SECS", "LOGSTATS_INTERVAL"}
_FLOAT_SETTINGS |= {"NEWSSCRAPE_REDIS_OUTAGE", "DNS_TIMEOUT", "RANDOMIZE_DOWNLOAD_DELAY_FACTOR"}
# Scrapy's boolean settings take 0/1, True/False, true/false; every *_ENABLED setting is one.
_BOOL_SETTINGS = {"ROBOTSTXT_OBEY", "RANDOMIZE_DOWNLOAD_DELAY", "COOKIES_DEBUG", "LOG_STDOUT", "LOG_SHORT_NAMES",
                  "HTTPCACHE_IGNORE_MISSING", "DOWNLOAD_FAIL_ON_DATALOSS", "REDIRECT_ENABLED", "DUPEFILTER_DEBUG",
                  "AUTOTHROTTLE_DEBUG", "NEWSSCRAPE_CHANGED", "NEWSSCRAPE_FOLLOW", "NEWSSCRAPE_PROGRESS",
                  "NEWSSCRAPE_SUMMARY", "NEWSSCRAPE_WAIT", "SCHEDULER_PERSIST", "HTTPERROR_ALLOW_ALL"}
_BOOLEANS = {"0", "1", "true", "false", "True", "False"}
# Settings that take a dict or a list: given on the command line as JSON.
_DICT_SETTINGS = {"ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS", "DOWNLOAD_HANDLERS",
                  "FEEDS", "ADDONS", "DEFAULT_REQUEST_HEADERS", "ITEM_PIPELINES_BASE", "SPIDER_CONTRACTS"}
_LIST_SETTINGS = {"RETRY_HTTP_CODES", "HTTPERROR_ALLOWED_CODES", "HTTPCACHE_IGNORE_HTTP_CODES", "SPIDER_MODULES"}
_CHOICES = {"LOG_LEVEL": {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "critical", "error", "warning", "info",
                          "debug", "50", "40", "30", "20", "10"},
            "NEWSSCRAPE_OUTPUT_MODE": {"a", "w"}}


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
        elif name in _BOOL_SETTINGS or name.endswith("_ENABLED"):
            if value.strip() not in _BOOLEANS:
                raise ValueError(f"-s {name}={value}: must be true or false (or 1/0)")
        elif name in _CHOICES and value.strip() not in _CHOICES[name]:
            shown = ", ".join(sorted(v for v in _CHOICES[name] if v.isupper() or len(v) == 1))
            raise ValueError(f"-s {name}={value}: must be one of {shown}")
        elif name in _DICT_SETTINGS or name in _LIST_SETTINGS:
            want = dict if name in _DICT_SETTINGS else list
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = None
            if not isinstance(parsed, want):
                raise ValueError(f"-s {name}={value}: must be a JSON {'object' if want is dict else 'list'}")
        out[name] = value
    return out


def cc_news_month(value: str) -> None:
    """A CC-NEWS month: YYYY-MM, a month that exists."""
    year, sep, month = value.partition("-")
    if not (sep and year.isdigit() and len(year) == 4 and month.isdigit() and 1 <= int(month) <= 12):
        raise ValueError(f"--cc-news {value}: expected a month as YYYY-MM (2024-05)")


def finite(value: float | None, option: str) -> None:
    if value is not None and not math.isfinite(value):
        raise ValueError(f"{option} {value}: must be a finite number")


def output_path(path: str | None) -> None:
    """A file we can create or append to: its folder exists, it is not a folder, it is writable."""
    if path == "":
        raise ValueError("output: empty path (an unset variable?); '-' is standard output")
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
    if not path:
        raise ValueError("--state: empty path (an unset variable?)")
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"state {path}: is a directory")
    if not target.exists():
        if must_exist:
            raise ValueError(f"no state file at {path}")
        parent = target.resolve().parent
        if not parent.is_dir():
            raise ValueError(f"state folder does not exist: {target.parent}")
        if not os.access(parent, os.W_OK):
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
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and not tables & STATE_TABLES:
                raise ValueError(f"state {path}: another program's database (no newsscrape tables)")
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            db.close()
        if not verdict or verdict[0] != "ok":
            what = " ".join(str(verdict[0]).replace("***", "").split())[:120] if verdict else "unreadable"
            raise ValueError(f"state {path}: damaged ({what}); restore it from a backup or start a new one")
    except sqlite3.DatabaseError as exc:
        raise ValueError(f"state {path}: unreadable ({exc})") from None


def folder_for(path: str | None, option: str) -> None:
    """--log-file: a file (not a folder) whose folder exists."""
    if path == "":
        raise ValueError(f"{option}: empty path")
    if path and Path(path).is_dir():
        raise ValueError(f"{option} {path}: is a directory")
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
