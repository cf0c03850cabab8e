"""One table of reasons (newsscrape.reasons): every key the package counts or returns is in it, and it says
which are errors."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import newsscrape
from newsscrape import reasons

PACKAGE = Path(newsscrape.__file__).parent
# Where a reason key is written as a literal: a Skipped or an ExtractionError made, a record dropped, a
# window's or a verdict's answer, a key counted under skipped/ or errors/.
_WRITTEN = re.compile(r'Skipped\([^,()]+(?:\([^()]*\))?, "(\w+)"|ExtractionError\("(\w+)"|_drop\("(\w+)"'
                      r'|"(?:skipped|errors)/(\w+)"|return "(too_old|too_new|not_article|no_article_text)"')


def _keys_written() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for m in _WRITTEN.finditer(path.read_text(encoding="utf-8")):
            found |= {g for g in m.groups() if g}
    return found


def test_every_reason_the_package_writes_is_in_the_table():
    written = _keys_written()
    assert len(written) >= 30
    assert sorted(written - set(reasons.TABLE)) == []


def test_every_reason_a_failed_request_gets_is_in_the_table():
    from newsscrape.crawl.failures import IGNORED_BECAUSE, error_reason

    returned = set(re.findall(r'return "(\w+)"', inspect.getsource(error_reason))) | set(IGNORED_BECAUSE.values())
    assert len(returned) >= 8
    assert sorted(returned - set(reasons.TABLE)) == []


def test_errors_and_skips_and_their_lines():
    assert reasons.is_error("extraction_failed") and reasons.is_error("http_503") and reasons.is_error("oserror")
    assert not reasons.is_error("not_article") and not reasons.is_error("seen_before")
    assert reasons.explain("dns", "http://nowhere.example/a") == \
        "dns (host nowhere.example could not be resolved: offline, or a typo in the address?)"
    assert reasons.explain("timeout", "http://a.example/") == "timeout"
