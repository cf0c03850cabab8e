"""The README's exit table and stderr line, held to what the program does (issue 32)."""

from __future__ import annotations

import re
import subprocess

import conftest
from mirror import Mirror
from newsscrape import exits

README = (conftest.ROOT / "README.md").read_text(encoding="utf-8")


def _exit_table() -> set[int]:
    section = README[README.index("Exit status:"):]
    section = section[:section.index("\n\n", section.index("| status |"))]
    return {int(n) for row in section.splitlines()[3:] for n in re.findall(r"`(\d+)`", row.split("|")[1])}


def test_every_exit_status_the_program_uses_is_in_the_readme_table_and_no_other():
    used = {v for k, v in vars(exits).items() if k.isupper() and isinstance(v, int)} | {130, 143}
    assert _exit_table() == used


def test_a_failed_page_is_the_readme_s_line(cli_path, tmp_path):
    """`newsscrape: URL: reason`, the URL as typed (an Arabic path unescaped), then the summary."""
    m = Mirror().start()
    try:
        m.add("/robots.txt", "User-agent: *\nAllow: /\n", ctype="text/plain")
        m.add("/أخبار/غائب", "gone", status=404)
        r = subprocess.run([*cli_path, "crawl", m.url("/أخبار/غائب"), "-o", str(tmp_path / "o.jsonl"),
                            "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_ENABLED=false"],
                           capture_output=True, text=True, timeout=60)
    finally:
        m.stop()
    lines = r.stderr.strip().splitlines()
    assert lines[0] == f"newsscrape: {m.url('/أخبار/غائب')}: http_404", r.stderr
    assert lines[-1].startswith("newsscrape: ") and "errors: http_404=1" in lines[-1]
    assert len(lines) == 2
