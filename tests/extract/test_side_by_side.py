"""README's `python benchmarks/extract_side_by_side.py --before REV DIR`: the release before, unpacked from git
under another name, and this tree extract the same pages in one process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import article

ROOT = Path(__file__).resolve().parents[2]


def test_side_by_side_compares_this_tree_with_a_release_from_git(tmp_path):
    (tmp_path / "a.html").write_text(article(), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_side_by_side.py"), "--before", "HEAD",
                          "--rounds", "2", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("1 pages, 2 rounds") and "this / before = " in last
    assert run.stdout.count("round ") == 2
