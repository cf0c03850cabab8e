"""The hostile-run script (tests/hostile_run.py), bounded: random kills of the crawl, its writer, an
extraction process, writer and crawl together; Redis restarted and stalled under a `--redis` run; then a
clean rerun. Every article exactly once, only whole lines (issue 35)."""

from __future__ import annotations

import os
import shutil

import pytest

import hostile_run

pytestmark = pytest.mark.slow          # minutes of real processes: `pytest -m "not slow"` skips them


def test_a_hostile_run_ends_with_every_article_exactly_once(cli_path, tmp_path, capsys):
    if shutil.which("redis-server") is None and os.environ.get("NEWSSCRAPE_REQUIRE_REDIS"):
        pytest.fail("redis-server is required (NEWSSCRAPE_REQUIRE_REDIS is set) but not installed")
    seed = int(os.environ.get("NEWSSCRAPE_HOSTILE_SEED", "11"))
    status = hostile_run.main(["--rounds", "6", "--seed", str(seed), "--work", str(tmp_path),
                               "--cli", cli_path[0]] if len(cli_path) == 1 else
                              ["--rounds", "6", "--seed", str(seed), "--work", str(tmp_path)])
    report = capsys.readouterr().out
    assert status == 0, report
    assert "every article exactly once, whole lines" in report
