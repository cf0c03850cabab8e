"""The README's "Loading the output" recipes, run as written on a file of real records.

The records come from hand-made pages that mix what dates look like in practice: a JSON-LD time with
its offset, a visible time in a known zone, a date alone (a zone known and none), no date at all.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, article, extract_article

SECTION = re.compile(r"^## Loading the output\n(.*?)^## ", re.S | re.M)
BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```", re.S | re.M)


def recipes() -> list[tuple[str, str]]:
    section = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section, "README has no 'Loading the output' section"
    found = BLOCK.findall(section.group(1))
    assert {kind for kind, _ in found} == {"sh", "python"}
    return found


def _records() -> list[dict]:
    timed = ('<script type="application/ld+json">{"@type":"NewsArticle",'
             '"datePublished":"2024-05-01T09:15:00+03:00"}</script>')
    pages = [
        (article(title="خبر أول عن المحادثات بين الوفدين", head=timed), "https://www.example.com/a/1"),
        (article(title="خبر ثان عن المحادثات بين الوفدين").replace(
            "<h1>", '<div class="post-date">نشر في 2 مايو 2024 10:00</div><h1>'), "https://news.example.com.eg/a/2"),
        (article(title="خبر ثالث عن المحادثات بين الوفدين"), "http://arabic.example.com/2013/middle_east/8/3/a"),
        (article(title="خبر رابع عن المحادثات بين الوفدين"), "http://news.example.dz/2013/8/3/b"),
        (article(title="خبر خامس عن المحادثات بين الوفدين"), "https://www.example.org/undated"),
    ]
    return [extract_article(html, url=url).to_dict() for html, url in pages]


@pytest.fixture()
def news(tmp_path) -> Path:
    out = tmp_path / "news.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    return out


def test_the_records_mix_every_kind_of_date(news):
    recs = [json.loads(line) for line in news.read_text(encoding="utf-8").splitlines()]
    assert {r["published_precision"] for r in recs} == {"time", "day", None}
    assert len({r["published"][-6:] for r in recs if r["published"]}) >= 3         # several offsets


@pytest.mark.parametrize("n", range(len(recipes())))
def test_readme_recipe_runs(news, n):
    kind, code = recipes()[n]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = ["bash", "-euo", "pipefail", "-c", code] if kind == "sh" else [sys.executable, "-c", code + CHECKS]
    r = subprocess.run(cmd, cwd=news.parent, capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "Warning" not in r.stderr, r.stderr[-2000:]    # a recipe the reader copies runs clean
    if "sqlite-utils insert" in code:               # imported twice: each article once, dates readable
        rows = subprocess.run([str(Path(sys.executable).parent / "sqlite-utils"), str(news.parent / "news.db"),
                               "SELECT count(*) AS n, count(datetime(published)) AS d FROM articles"],
                              capture_output=True, text=True, env=env)
        assert json.loads(rows.stdout) == [{"n": 5, "d": 4}], rows.stdout + rows.stderr


# Run after each Python recipe, with its variables: what it loaded is what the file holds.
CHECKS = """
if "df" in dir():
    assert str(df["published"].dtype).startswith("datetime64") and str(df["published"].dt.tz) == "UTC"
    assert len(df) == 5 and df["published"].notna().sum() == 4
    assert str(df["published"].max()) == "2024-05-02 07:00:00+00:00"      # 10:00 in Cairo (EEST)
"""


def test_validate_refuses_what_the_schema_never_writes(news, cli_path, tmp_path):
    good = json.loads(news.read_text(encoding="utf-8").splitlines()[0])
    bad = tmp_path / "bad.jsonl"
    lines = [good, {**good, "published": "2024-01-01T10:00:00"}, {**good, "published": "2024-01-01"},
             {**good, "modified": "2024-01-01T10:00"}, {**good, "published_precision": "hour"}]
    bad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    r = subprocess.run([*cli_path, "validate", str(bad)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and r.stdout.strip() == "1 valid, 4 invalid", r.stdout + r.stderr
    assert "line 2: published" in r.stderr and "line 5: published_precision" in r.stderr
