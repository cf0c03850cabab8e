"""Health across runs (issue 34): four publishers on loopback, crawled over five runs with one state. After
the third run one publisher moves its body into a script-rendered shell, one drops its related list into a
script widget, one answers 404 for its sitemap, one stays as it is (with one odd record). `health` flags
each broken publisher with its reason and never the unchanged one; the crawl says it too, in one warning
line per flagged publisher; a state with no history, a single run and a pruned state are said plainly."""

from __future__ import annotations

import json
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import article
from mirror import Mirror, news_sitemap

RUNS, PER_RUN, BROKEN_FROM = 5, 6, 3
TOPICS = ["المحادثات", "الانتخابات", "الموازنة", "الطقس", "الكهرباء", "المياه", "التعليم"]


def story(name: str, run: int, i: int, related: bool = True, shell: bool = False) -> str:
    title = f"تقرير {TOPICS[i % len(TOPICS)]} رقم {run * PER_RUN + i} من مراسل {name} في العاصمة"
    head = (f'<meta property="article:published_time" content="2024-05-0{run + 1}T10:0{i}:00+03:00">'
            '<meta name="author" content="سامي الحسيني"><meta property="og:type" content="article">'
            '<meta name="description" content="تفاصيل جديدة عن التطورات الأخيرة في الملف بحسب مصادر مطلعة">')
    if shell:                   # the redesign: an empty mount point, the story in a script bundle
        return ('<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>' + title + "</title>" + head
                + '</head><body><div id="app"></div><script src="/static/app.js"></script></body></html>')
    links = "".join(f'<li><a href="/news/{run}/other-{i}-{k}">خبر آخر عن {TOPICS[k]} في المحافظات اليوم</a></li>'
                    for k in range(3))
    block = (f"<h3>اقرأ أيضا</h3><ul>{links}</ul>" if related
             else '<div data-widget="related"></div><script src="/static/related.js"></script>')
    return article("<p>المصدر: وكالة الأنباء الرسمية</p>", after=block, title=title, head=head)


class Publisher:
    def __init__(self, name: str, change: str | None):
        self.name, self.change = name, change
        self.mirror = Mirror().start()

    def publish(self, run: int) -> None:
        m, broken = self.mirror, run >= BROKEN_FROM
        paths = [f"/news/{run}/story-{i}" for i in range(PER_RUN)]
        for i, path in enumerate(paths):
            odd = self.change is None and run == RUNS - 1 and i == 0          # one record without related
            m.add(path, story(self.name, run, i, related=not ((broken and self.change == "related") or odd),
                              shell=broken and self.change == "shell"))
        if broken and self.change == "sitemap404":
            m.add("/sitemap.xml", "<h1>not found</h1>", status=404)
        else:
            m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")

    @property
    def key(self) -> str:
        return f"127.0.0.1:{self.mirror.server.server_address[1]}"


@pytest.fixture(scope="module")
def publishers():
    pubs = [Publisher("أ", "shell"), Publisher("ب", "related"), Publisher("ج", "sitemap404"), Publisher("د", None)]
    yield pubs
    for p in pubs:
        p.mirror.stop()


def crawl(cli_path, pubs, state, out) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_path, "crawl", *[p.mirror.url("/sitemap.xml") for p in pubs], "--state", str(state),
                           "-o", str(out), "--delay", "0"], capture_output=True, text=True, timeout=180)


def health(cli_path, state, *args) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_path, "health", "--state", str(state), *args], capture_output=True, text=True,
                          timeout=60)


@pytest.fixture(scope="module")
def history(publishers, cli_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("health")
    state, out = folder / "state.sqlite", folder / "out.jsonl"
    runs = []
    for run in range(RUNS):
        for p in publishers:
            p.publish(run)
        runs.append(crawl(cli_path, publishers, state, out))
        if run == 0:
            runs[-1].single = health(cli_path, state)        # what health says after a single run
    return state, runs


def test_each_broken_publisher_is_flagged_with_its_reason_and_the_unchanged_one_never(publishers, history,
                                                                                         cli_path):
    state, _ = history
    r = health(cli_path, state, "--json")
    assert r.returncode == 1, r.stdout + r.stderr
    verdicts = {v["publisher"]: v for v in map(json.loads, r.stdout.splitlines())}
    shell, related, gone, steady = (verdicts[p.key] for p in publishers)
    assert any(f.startswith(f"0 articles in the last {RUNS - BROKEN_FROM} runs (usually {PER_RUN})")
               for f in shell["flags"]), shell
    assert any(f.startswith(f"related 0/{PER_RUN} (usually 100 %)") for f in related["flags"]), related
    assert not any(f.startswith("title") or f.startswith("0 articles") for f in related["flags"])
    assert any(f.startswith("0 articles") for f in gone["flags"]), gone
    assert any(f.startswith("errors") and "http_404" in f for f in gone["flags"]), gone
    assert steady["judged"] and steady["flags"] == [], steady            # one odd record flags nothing
    assert steady["now"]["related"] == pytest.approx((PER_RUN - 1) / PER_RUN)


def test_the_table_shows_every_publisher_and_why(publishers, history, cli_path):
    state, _ = history
    r = health(cli_path, state)
    assert r.returncode == 1
    rows = {line.split()[0]: line for line in r.stdout.splitlines()[2:]}
    assert "related 0/6" in rows[publishers[1].key]
    assert rows[publishers[3].key].rstrip().endswith("ok")


def test_the_crawl_says_it_in_one_line_per_flagged_publisher(publishers, history):
    _, runs = history
    last = runs[-1].stderr.strip().splitlines()
    warned = [line for line in last if ": health: " in line]
    assert len(warned) == 3, last                                   # shell, related, sitemap (not steady)
    assert not any(publishers[3].key in line for line in warned)
    assert "articles written" in last[-1]                           # then the summary, as before
    assert not any(": health: " in line for run in runs[:BROKEN_FROM] for line in run.stderr.splitlines())


def test_a_single_run_is_shown_but_not_judged(history):
    _, runs = history
    single = runs[0].single
    assert single.returncode == 0, single.stdout + single.stderr
    assert "not judged: 0 earlier runs (needs 3)" in single.stdout


def test_no_history_and_a_pruned_history_are_said_plainly(cli_path, history, tmp_path):
    from newsscrape.run.state import StateStore

    empty = tmp_path / "empty.sqlite"
    StateStore(empty).close()
    r = health(cli_path, empty)
    assert r.returncode == 0 and "nothing to judge" in r.stdout and not r.stderr, r.stdout + r.stderr
    state, _ = history
    pruned = tmp_path / "pruned.sqlite"
    pruned.write_bytes(state.read_bytes())
    subprocess.run([*cli_path, "state", "prune", "--older-than", "0m", "--state", str(pruned)], check=True,
                   capture_output=True)
    r = health(cli_path, pruned)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stdout + r.stderr
    rows = r.stdout.splitlines()[2:]                     # a run finished within the same second may stay
    assert "nothing to judge" in r.stdout or all("not judged" in row for row in rows), r.stdout


@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=1, max_size=200))
def test_the_median_of_counted_words_is_the_median_of_the_words(words):
    """A run keeps its body word counts as a histogram (bounded, not one int an article written)."""
    import statistics
    from collections import Counter

    from newsscrape.run.health import median_of

    assert median_of(Counter(words)) == statistics.median(words)
