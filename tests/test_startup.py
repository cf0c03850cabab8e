"""`newsscrape --help` and `newsscrape sites` import neither Scrapy nor the extraction stack."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = ("import sys, runpy; sys.argv = ['newsscrape'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('newsscrape', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "print('HEAVY:' + ','.join(sorted(m for m in ('scrapy', 'twisted', 'lxml', 'dateparser', 'jsonschema') "
         "if m in sys.modules)), file=sys.stderr)")


@pytest.mark.parametrize("args", [["--help"], ["sites"], ["sites", "--json"], ["crawl", "--help"]])
def test_light_commands_stay_light(args):
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True)
    assert r.stderr.strip().endswith("HEAVY:"), r.stderr[-500:]
    assert "Usage" in r.stdout or "youm7" in r.stdout


def test_every_help_has_an_example():
    for args in (["--help"], ["crawl", "--help"], ["extract", "--help"], ["segment", "--help"], ["sites", "--help"],
                 ["validate", "--help"], ["state", "--help"]):
        r = subprocess.run([sys.executable, "-m", "newsscrape", *args], capture_output=True, text=True)
        assert r.returncode == 0 and "Example" in r.stdout, args
