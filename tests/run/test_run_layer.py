"""The run layer: one limit whatever extensions run, one rule for errors, publishers' identity in one file."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from conftest import FAST, PARA, article, page
from mirror import read_records, record_paths


def test_limit_holds_with_the_report_extension_off(mirror, cli_path, tmp_path):
    """--limit lives in the record chain: with the summary extension switched off, the crawl still
    fetches only the N newest stories (it once read a count only that extension kept)."""
    paths = []
    for i in range(10):
        path = f"/news/2024/05/{i + 1}/story-{i}"
        mirror.add(path, article(title=f"خبر رقم {i} عن المحادثات بين الوفدين في العاصمة"))
        paths.append(path)
    now = datetime.now(UTC)
    items = "".join(f"<item><title>t{i}</title><link>{escape(mirror.url(p))}</link>"
                    f"<pubDate>{format_datetime(now - timedelta(hours=i))}</pubDate></item>"
                    for i, p in enumerate(paths))
    mirror.add("/rss", f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>',
               ctype="application/rss+xml")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([*cli_path, "crawl", mirror.url("/rss"), "--limit", "3", "-O", str(out), *FAST,
                        "-s", 'EXTENSIONS={"newsscrape.crawl.report.Report": null}'],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "fetched" not in r.stderr                                   # the summary extension was off
    assert sorted(record_paths(read_records(out))) == sorted(paths[:3])
    assert sum(mirror.hits.get(p, 0) for p in paths) == 3              # the others were never requested


def _cli_with_a_bug(where: str, bug: str, *args: str, env: dict | None = None):
    """The command with one function replaced by a faulty one: what a bug of ours looks like."""
    code = (f"import sys, {where.rsplit('.', 1)[0]} as m\n"
            f"def broken(*a, **k):\n    {bug}\n"
            f"m.{where.rsplit('.', 1)[1]} = broken\n"
            "from newsscrape.cli import main\nsys.argv = ['newsscrape', *sys.argv[1:]]\nmain()\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60,
                          env=env)


def test_an_internal_error_is_one_line_naming_it_and_exit_70(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text("عنوان\n\nنص الخبر هنا.", encoding="utf-8")
    r = _cli_with_a_bug("newsscrape.segment.segment_text", "return {}['paragraphs']", "segment", str(dump))
    assert r.returncode == 70, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert lines[0].startswith("newsscrape: internal error: KeyError") and "a bug in newsscrape" in lines[0]


def test_a_value_error_inside_a_run_is_a_bug_not_a_usage_error(tmp_path):
    """Bad input is exit 2; a ValueError from deep inside a run is ours (it was once reported as
    "usage error", exit 2, because whole runs sat inside ``except ValueError``)."""
    warc = tmp_path / "a.warc"
    warc.write_bytes(b"WARC/1.0\r\n")
    r = _cli_with_a_bug("newsscrape.archive.run.run_archives", "raise ValueError('a bug')", "warc", str(warc))
    assert r.returncode == 70 and "internal error: ValueError: a bug" in r.stderr, r.stderr
    bad = _cli_with_a_bug("newsscrape.archive.run.run_archives", "raise ValueError('a bug')", "warc", str(warc),
                          "--since", "soon")
    assert bad.returncode == 2 and "--since" in bad.stderr, bad.stderr


def test_a_window_of_one_invocation_is_read_against_one_now():
    """--since 1d and --until 1d of one command name the same moment (each once took its own now)."""
    import click

    from newsscrape.params import WHEN

    ctx = click.Context(click.Command("x"))
    since, until = WHEN.convert("1d", None, ctx), WHEN.convert("24h", None, ctx)
    assert since == until and since.tzinfo is not None


def test_publishers_identity_comes_from_the_data_file_only():
    from newsscrape.sites import Profile, all_profiles, merge, publishers

    entries = {e["slug"]: e for e in publishers()}
    for profile in all_profiles():
        entry = entries[profile.slug]
        assert (profile.name, profile.domains, profile.timezone) == (entry["name"], tuple(entry["domains"]),
                                                                     entry.get("timezone"))
    youm7 = {"slug": "youm7", "name": "اليوم السابع", "name_latin": "Youm7", "domains": ["youm7.com"],
             "timezone": "Africa/Cairo"}
    merged = merge([youm7], {"youm7": Profile(slug="youm7", feeds=("https://www.youm7.com/rss/rss",))})
    assert merged["youm7"].timezone == "Africa/Cairo" and merged["youm7"].feeds
    with pytest.raises(ValueError, match="timezone"):
        merge([youm7], {"youm7": Profile(slug="youm7", timezone="Asia/Dubai")})        # restated: refused
    with pytest.raises(ValueError, match="no entry"):
        merge([youm7], {"other": Profile(slug="other")})


def test_a_judged_article_carries_its_content_fingerprint_outside_its_json():
    """The pool process that extracts a page fingerprints its content (a fold and a hash of the body,
    about 0.2 ms), so the crawl's main process does not; the fingerprint is no field of the record, and
    a new title or body forgets it."""
    from newsscrape.run.page import FetchedPage, judge
    from newsscrape.run.state import fingerprint
    from newsscrape.sites import resolve

    body = "".join(f"<p>{p}</p>" for p in PARA)
    html = page(f"<article><h1>الوزير يعلن تقدما في المحادثات الجارية</h1><div>{body}</div></article>")
    record = judge(FetchedPage("https://news.example.net/a/1", html.encode()), resolve("generic", None))
    expected = fingerprint(dict(record))
    assert record.content_fingerprint == expected
    assert "content_fingerprint" not in record.to_json_line()
    changed = record.evolve(title="عنوان آخر تماما للخبر نفسه")
    assert changed.content_fingerprint is None and fingerprint(changed) != expected


def test_an_unknown_slug_is_one_usage_error_everywhere():
    """``sites.get`` raises one error type whose message is the user's line (it was a KeyError carrying
    the message, which its str() quoted, re-wrapped in three places and left quoted in the datatrove
    step); it is still a KeyError for code that looked it up that way."""
    from newsscrape.errors import TargetError, UsageError
    from newsscrape.sites import get

    with pytest.raises(TargetError) as caught:
        get("youm77")
    assert isinstance(caught.value, (UsageError, KeyError))
    assert str(caught.value).startswith("unknown site 'youm77'; did you mean youm7")


def test_the_writer_sends_a_row_again_when_redis_applied_it_but_never_answered():
    """A Redis shutting down applies a command, persists it and closes the connection before answering.
    The writer took the line back while the row stayed: the article was "written" for good and never in
    the output (about one run in three of the restart test). Now the row is sent again until Redis
    answers; an error reply is final."""
    import socket
    import threading

    from newsscrape.run.linewriter import Redis, RedisReplyError, _commit

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    received: list[bytes] = []

    def serve() -> None:
        for answer in (None, b":1\r\n", b"-WRONGTYPE not a hash\r\n"):
            conn, _ = server.accept()
            with conn:
                received.append(conn.recv(65536))
                if answer is not None:
                    conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    db = Redis(f"redis://127.0.0.1:{port}/0", patience=10)
    _commit(db, "HSET newsscrape:state", [["news.example.com/a/1", '["fp", "2024-05-01"]']])
    assert len(received) == 2 and received[0] == received[1]          # the same row, sent again, answered
    db.close()
    with pytest.raises(RedisReplyError):
        _commit(db, "HSET newsscrape:state", [["news.example.com/a/2", '["fp", "2024-05-01"]']])
    thread.join(timeout=10)
    server.close()
