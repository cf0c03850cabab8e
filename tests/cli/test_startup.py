"""`newsscrape --help` and `newsscrape sites` import neither Scrapy nor the extraction stack; a crawl
does not import the Scrapy components it switches off."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import article
from mirror import Mirror

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


CRAWL_PROBE = PROBE.replace("('scrapy', 'twisted', 'lxml', 'dateparser', 'jsonschema')",
                            "('aiohttp', 'tldextract', 'twisted.conch.telnet', 'scrapy.extensions.remote_control')")


@pytest.mark.parametrize("cookies", [False, True])
def test_a_crawl_does_not_load_what_it_switched_off(tmp_path, cookies):
    """No remote-control server (aiohttp), telnet console or cookie jar (tldextract) is even imported
    by default, and -s COOKIES_ENABLED=True still brings the jar back: robots.txt sets a cookie and
    the sitemap is asked for with it."""
    seen: list[str | None] = []

    def robots_with_cookie(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Set-Cookie", "session=abc; Path=/")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def sitemap(handler) -> None:
        seen.append(handler.headers.get("Cookie"))
        body = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f'<url><loc>{m.url("/news/1")}</loc></url></urlset>').encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/xml")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    m = Mirror().start()
    m.custom["/robots.txt"] = robots_with_cookie
    m.custom["/sitemap.xml"] = sitemap
    m.add("/news/1", article())
    try:
        r = subprocess.run([sys.executable, "-c", CRAWL_PROBE, "crawl", m.url("/sitemap.xml"), "-O",
                            str(tmp_path / "out.jsonl"), "--delay", "0", "-s", f"COOKIES_ENABLED={cookies}"],
                           capture_output=True, text=True, timeout=120)
    finally:
        m.stop()
    assert "1 article written" in r.stderr, r.stderr[-800:]
    heavy = r.stderr.strip().rsplit("HEAVY:", 1)[1].split(",")
    assert "aiohttp" not in heavy and "twisted.conch.telnet" not in heavy, heavy
    assert ("tldextract" in heavy) is cookies, heavy
    assert seen == (["session=abc"] if cookies else [None])
