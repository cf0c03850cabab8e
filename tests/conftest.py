"""Shared fixtures: where ../shared lives, a small HTML page builder, the installed CLI."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Under CI the generated tests draw the same examples every run (a run that lands must not hang on a draw);
# anywhere else they draw new ones each run, as generated tests are meant to.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Crawl options every test crawl takes: no politeness delay, short timeouts and retry waits.
FAST = ("--delay", "0", "-s", "DOWNLOAD_TIMEOUT=5", "-s", "NEWSSCRAPE_BACKOFF_BASE=0.05")


def shared_dir() -> Path | None:
    env = os.environ.get("NEWSSCRAPE_SHARED")
    candidate = Path(env) if env else ROOT.parent / "shared"
    return candidate if (candidate / "corpus" / "gold").is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        if os.environ.get("NEWSSCRAPE_REQUIRE_CORPUS"):
            pytest.fail("../shared/corpus is required (NEWSSCRAPE_REQUIRE_CORPUS is set) but missing")
        pytest.skip("../shared/corpus not found beside the checkout (set NEWSSCRAPE_SHARED)")
    return found


@pytest.fixture(scope="session")
def cli_path() -> list[str]:
    exe = shutil.which("newsscrape", path=str(Path(sys.executable).parent)) or shutil.which("newsscrape")
    return [exe] if exe else [sys.executable, "-m", "newsscrape"]


def extract_article(html, url=None, site=None, **options) -> dict:
    """newsscrape.extract_article, with every record it returns checked against the shipped schema."""
    from newsscrape import extract_article as extract
    from newsscrape.record import errors

    record = extract(html, url=url, site=site, **options)
    assert errors(record) == [], errors(record)
    return record


def page(body: str, head: str = "", lang: str = "ar") -> str:
    """A whole HTML document around a body fragment, as tests write them by hand."""
    return (f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>")


PARA = [
    "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات مع الجانب الآخر حققت تقدما ملموسا، "
    "وإن الوفدين اتفقا على مواصلة العمل خلال الأسابيع المقبلة.",
    "وأضاف الوزير أن الحكومة ملتزمة بتنفيذ كل ما تم الاتفاق عليه، مشيرا إلى أن اللجان الفنية ستبدأ عملها "
    "مطلع الشهر المقبل لمتابعة التفاصيل.",
    "وأشار إلى أن المرحلة المقبلة تتطلب تعاونا أكبر بين المؤسسات المعنية، وأن النتائج الأولى ستظهر قبل "
    "نهاية العام الجاري بحسب الخطة الموضوعة.",
    "وختم الوزير حديثه بالتأكيد على أهمية الحوار في حل الخلافات، داعيا جميع الأطراف إلى ضبط النفس "
    "والابتعاد عن التصعيد في هذه المرحلة الحساسة.",
]


def article(*middle: str, after: str = "", title: str = "الوزير يعلن تقدما في المحادثات مع الجانب الآخر",
            head: str = "") -> str:
    """An article page: h1, the PARA paragraphs with ``middle`` fragments between them, ``after`` it."""
    parts = []
    for i, p in enumerate(PARA):
        parts.append(f"<p>{p}</p>")
        if i < len(middle):
            parts.append(middle[i])
    return page(f'<header><nav><a href="/">الرئيسية</a></nav></header><article><h1>{title}</h1>'
                f'<div class="article-body">{"".join(parts)}</div>{after}</article>'
                f'<footer><p>جميع الحقوق محفوظة © 2024</p></footer>', head=head)


def pytest_sessionfinish(session, exitstatus):
    """A child process left behind (an extraction pool not stopped, a stuck worker) would hold the
    interpreter's exit for ever, and CI times out after every test passed: kill it and fail, naming it."""
    import multiprocessing

    left = multiprocessing.active_children()
    for child in left:
        child.kill()
        child.join(5)
    if left:
        sys.stderr.write(f"\nchild processes left running after the tests (killed): {left}\n")
        session.exitstatus = 1


# ---- shared by several test packages -------------------------------------------------------------------

EXAMPLE = ROOT / "examples" / "cc_news_datatrove.py"      # the datatrove example pipeline


@pytest.fixture(scope="module")
def arts(shared):
    """The corpus articles (``mirror.corpus_articles``), read from ../shared at test time."""
    from mirror import corpus_articles

    return corpus_articles(shared)


def start_redis(workdir: Path):
    """A redis-server of our own on a free loopback port, answering PING: (process, port). Skipped when
    redis-server is missing, except where NEWSSCRAPE_REQUIRE_REDIS says it must be there (CI)."""
    import socket

    from hostile_run import ping, redis_server

    if shutil.which("redis-server") is None:
        if os.environ.get("NEWSSCRAPE_REQUIRE_REDIS"):
            pytest.fail("redis-server is required (NEWSSCRAPE_REQUIRE_REDIS is set) but not installed")
        pytest.skip("redis-server not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = redis_server(workdir, port, durable=False)
    ping(port)
    return proc, port


@pytest.fixture()
def mirror():
    """A loopback site of hand-made pages (``mirror.Mirror``), stopped after the test."""
    from mirror import Mirror

    m = Mirror().start()
    yield m
    m.stop()
