"""Syndicated stories (issue 33): one story carried by several outlets is known as one (`story`, `copy_of`),
across runs, kills and Redis workers; hard negatives (bulletins of one template with other figures, next-day
follow-ups) are never copies; `--drop-copies` writes each story once; `newsscrape stories` lists them."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from collections import defaultdict

import pytest

import syndication as sy
from conftest import page, start_redis
from mirror import Mirror, news_sitemap, read_records
from newsscrape.run import stories as st


@pytest.fixture(scope="module")
def items(shared):
    return sy.build(shared / "corpus" / "gold", seed=7, copies=8)


@pytest.mark.parametrize("seed", [7, 8, 9])
@pytest.mark.parametrize("arrival", range(8))
def test_copies_are_one_story_and_hard_negatives_never_are(shared, seed, arrival):
    """In any order of arrival: a crawl meets copies before their original (two copies trimmed apart
    are alike only in what both kept; Jaccard alone split them in 1 order of 40)."""
    import random

    items = sy.build(shared / "corpus" / "gold", seed=seed, copies=8)
    order = list(range(len(items)))
    random.Random(arrival).shuffle(order)
    index = st.SqliteStories(sqlite3.connect(":memory:", isolation_level=None))
    found = [""] * len(items)
    for n in order:
        it = items[n]
        found[n] = index.assign(st.Member(f"k{n}", it.url, it.url.split("/")[2], it.title, None),
                                st.signature(it.paragraphs)).story
    truth = [it.story for it in items]
    precision, recall, *_ = sy.pairwise(truth, found)
    assert precision >= 0.99 and recall >= 0.95, (precision, recall, sy.ari(truth, found))
    for n, it in enumerate(items):
        if it.kind in ("bulletin", "follow_up"):
            assert all(found[m] != found[n] for m in range(len(items)) if items[m].story != it.story), it.url


def test_a_body_too_short_to_judge_is_never_a_copy():
    index = st.SqliteStories(sqlite3.connect(":memory:", isolation_level=None))
    short = ("قال الوزير إن المحادثات حققت تقدما ملموسا في الجولة الأخيرة.",)
    a = index.assign(st.Member("a", "https://a.example/1", "a.example", "t", None), st.signature(short))
    b = index.assign(st.Member("b", "https://b.example/1", "b.example", "t", None), st.signature(short))
    assert a.story != b.story and b.copy_of is None


def _story_page(it: sy.Item) -> str:
    body = "".join(f"<p>{p}</p>" for p in it.paragraphs)
    return page(f"<article><h1>{it.title}</h1>{body}</article>",
                head='<meta property="og:type" content="article">')


class Outlets:
    """Four publishers on loopback; the agency carries originals, bulletins and follow-ups, the three
    others the republications. Each run publishes the next third of the set."""

    def __init__(self, items: list[sy.Item]):
        self.mirrors = [Mirror().start() for _ in range(4)]
        self.items = items
        self.where: dict[str, sy.Item] = {}           # record URL -> item
        self.published: list[list[str]] = [[] for _ in self.mirrors]

    def publish(self, part: int, parts: int = 3) -> None:
        for n, it in enumerate(self.items):
            if n % parts != part:
                continue
            k = 0 if it.kind != "republished" else 1 + n % 3
            path = f"/news/{n}/story-{n}"
            self.mirrors[k].add(path, _story_page(it))
            self.where[self.mirrors[k].url(path)] = it
            self.published[k].append(path)
        for m, paths in zip(self.mirrors, self.published, strict=True):
            m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")

    def targets(self) -> list[str]:
        return [m.url("/sitemap.xml") for m in self.mirrors]

    def stop(self) -> None:
        for m in self.mirrors:
            m.stop()


def _check_stories(records: list[dict], outlets: Outlets) -> None:
    truth = [outlets.where[r["url"]].story for r in records]
    found = [r["story"] for r in records]
    precision, recall, *_ = sy.pairwise(truth, found)
    assert precision >= 0.99 and recall >= 0.95, (precision, recall)
    first: dict[str, str] = {}
    for r in records:                                   # in the order written: the first has no copy_of
        if r["story"] not in first:
            first[r["story"]] = r["url"]
            assert r["copy_of"] is None, r
        else:
            assert r["copy_of"] == first[r["story"]], r


def test_stories_hold_across_runs_and_a_kill(items, cli_path, tmp_path):
    outlets = Outlets(items)
    try:
        out, state = tmp_path / "out.jsonl", tmp_path / "state.sqlite"
        cmd = [*cli_path, "crawl", *outlets.targets(), "--state", str(state), "-o", str(out), "--delay", "0"]
        outlets.publish(0)
        assert subprocess.run(cmd, capture_output=True, text=True, timeout=180).returncode == 0
        outlets.publish(1)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        before = len(read_records(out))
        while time.monotonic() < deadline and len(read_records(out)) < before + 5 and proc.poll() is None:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        outlets.publish(2)
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, r.stderr[-2000:]
        records = read_records(out)
        assert sorted(r["url"] for r in records) == sorted(outlets.where)      # every article once
        _check_stories(records, outlets)
        listing = subprocess.run([*cli_path, "stories", "--state", str(state), "--json"], capture_output=True,
                                 text=True, timeout=60)
        assert listing.returncode == 0, listing.stderr
        top = json.loads(listing.stdout.splitlines()[0])
        assert top["outlets"] == 4 and len(top["records"]) == 9          # the original and its 8 copies
    finally:
        outlets.stop()


def test_drop_copies_writes_each_story_once(items, cli_path, tmp_path):
    outlets = Outlets(items)
    try:
        for part in range(3):
            outlets.publish(part)
        out = tmp_path / "out.jsonl"
        r = subprocess.run([*cli_path, "crawl", *outlets.targets(), "--state", str(tmp_path / "s.sqlite"), "-o",
                            str(out), "--delay", "0", "--drop-copies"], capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, r.stderr[-2000:]
        records = read_records(out)
        stories = [outlets.where[rec["url"]].story for rec in records]
        assert sorted(stories) == sorted(set(stories)) == sorted({it.story for it in items})
        assert f"copy={len(items) - len(set(stories))}" in r.stderr.strip().splitlines()[-1]
    finally:
        outlets.stop()


def test_two_redis_workers_never_give_one_story_two_ids(items, cli_path, tmp_path):
    server, port = start_redis(tmp_path)
    outlets = Outlets(items)
    try:
        for part in range(3):
            outlets.publish(part)
        url = f"redis://127.0.0.1:{port}/0"
        outs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
        procs = [subprocess.Popen([*cli_path, "crawl", *outlets.targets(), "--redis", url, "-o", str(o), "--delay",
                                   "0", "-s", "NEWSSCRAPE_REDIS_HEARTBEAT=2"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for o in outs]
        for p in procs:
            _, err = p.communicate(timeout=240)
            assert p.returncode == 0, err[-2000:]
        records = read_records(outs[0]) + read_records(outs[1])
        assert sorted(r["url"] for r in records) == sorted(outlets.where)
        ids = defaultdict(set)
        for r in records:
            ids[outlets.where[r["url"]].story].add(r["story"])
        assert all(len(v) == 1 for v in ids.values()), {k: v for k, v in ids.items() if len(v) > 1}
        assert len({next(iter(v)) for v in ids.values()}) == len(ids)
    finally:
        outlets.stop()
        server.terminate()
        server.wait()


def test_the_index_is_written_before_the_line_so_a_rerun_keeps_the_id(tmp_path):
    """A record whose story was decided and whose line was never written (a kill between) gets the same
    story again on the rerun, and is still the first of it."""
    db = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    index = st.SqliteStories(db)
    paras = tuple(sy.OWN * 12)
    member = st.Member("ex.com/a", "https://ex.com/a", "ex.com", "t", None)
    first = index.assign(member, st.signature(paras))
    again = st.SqliteStories(sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)).assign(
        member, st.signature(paras))
    assert again == first and first.copy_of is None


@pytest.mark.parametrize("drop", [False, True])
def test_the_datatrove_pipeline_marks_or_drops_copies_across_its_tasks(items, tmp_path, drop):
    """Archives past one machine: the example pipeline's tasks share one story index (a SQLite file here,
    a redis:// URL across machines)."""
    import gzip
    import io
    import sys

    from warcio.warcwriter import WARCWriter

    from conftest import EXAMPLE
    from mirror import warc_record

    folder = tmp_path / "warcs"
    folder.mkdir()
    truth = {}
    for part in range(2):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=True)
        for n, it in enumerate(items):
            if n % 2 == part:
                url = f"https://outlet{n % 4}.example/news/{n}/story-{n}"
                warc_record(writer, url, _story_page(it).encode())
                truth[url] = it.story
        (folder / f"{part}.warc.gz").write_bytes(buf.getvalue())
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, str(EXAMPLE), "--warcs", str(folder), "--out", str(out), "--tasks", "2",
                        "--workers", "2", "--stories", str(tmp_path / "stories.sqlite"),
                        *(["--drop-copies"] if drop else [])], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    docs = [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl.gz"))
            for line in gzip.open(f, "rt", encoding="utf-8")]
    urls = [d["metadata"]["url"] for d in docs]
    if drop:
        assert sorted(truth[u] for u in urls) == sorted(set(truth.values()))        # each story once
        return
    assert sorted(urls) == sorted(truth)
    precision, recall, *_ = sy.pairwise([truth[u] for u in urls], [d["metadata"]["story"] for d in docs])
    assert precision >= 0.99 and recall >= 0.95
