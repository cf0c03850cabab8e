"""Every reason a page, a request or a record is not written, in one table.

A run counts each under ``skipped/<key>`` (a page that is not an article, a record already written: the
run did its job) or ``errors/<key>`` (something failed: the exit status says so, and stderr names the
page). The key is what the summary, ``--json`` reports, ``newsscrape health`` and ``newsscrape extract``
print; ``meaning`` is the words a person reads beside it. ``tests/test_reasons.py`` checks that every key
the package counts is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Reason:
    key: str
    error: bool                  # counted under errors/ (the run's exit status says so), else skipped/
    meaning: str
    explained: str | None = None  # a line's wording where the key alone does not say ("{key}", "{host}")


_ALL = (
    # ---- a page: what extraction found ----------------------------------------------------------------
    Reason("empty", False, "empty page"),
    Reason("binary", False, "binary content, not HTML"),
    Reason("undecodable", False, "undecodable page"),
    Reason("unparseable", False, "unparseable HTML"),
    Reason("no_article_text", False, "no article text found"),
    Reason("no_title", False, "no title found (no h1, headline or <title>)"),
    Reason("not_article", False, "not an article page (a listing, homepage, tag or section page)"),
    Reason("not_html", False, "not an HTML page"),
    Reason("not_arabic", False, "not an Arabic article"),
    Reason("other_domain", False, "a page of a domain the step was not asked for"),
    Reason("unknown_site", False, "unknown site"),
    Reason("bad_argument", False, "bad argument (html must be bytes or str, url a str)"),
    Reason("extraction_failed", True, "extraction failed"),
    Reason("too_large", True, "page larger than its size budget (10 MB)"),
    Reason("too_slow", True, "page took longer than its time budget (30 s)"),
    # ---- a record: what the run decided ---------------------------------------------------------------
    Reason("too_old", False, "published before --since"),
    Reason("too_new", False, "published after --until"),
    Reason("invalid_record", False, "a record the schema refuses"),
    Reason("duplicate", False, "an article this run wrote already (another address of it)"),
    Reason("seen_before", False, "an article an earlier run wrote"),
    Reason("unchanged", False, "an article an earlier run wrote, unchanged since (--changed)"),
    Reason("over_limit", False, "past --limit"),
    Reason("copy", False, "a copy of a story already written (--drop-copies)"),
    Reason("not_written", False, "not written: the output had failed"),
    Reason("state_unreachable", True, "the state could not be read or written: not written, fetched again later"),
    Reason("write_failed", True, "the output could not be written"),
    Reason("broken_pipe", True, "the reader of the output went away"),
    # ---- a request: what the crawl met ----------------------------------------------------------------
    Reason("robots_txt", False, "the site's robots.txt forbids it"),
    Reason("offsite", False, "an address outside the sites the run was pointed at"),
    Reason("too_old_sitemap", False, "a sitemap older than --since"),
    Reason("sitemaps_beyond_max", False, "sitemaps past the run's bound (1,000)"),
    Reason("sitemap_too_deep", False, "a sitemap index nested past 3 levels"),
    Reason("sitemap_entries_beyond_max", False, "sitemap entries past the bound of one sitemap (50,000)"),
    Reason("listing_pages_beyond_max_pages", False, "listing pages past --max-pages"),
    Reason("timeout", True, "no answer in time"),
    Reason("data_loss", True, "the answer was cut short"),
    Reason("connection_refused", True, "nothing listens there",
           "{key} (nothing listens at {host} on that port)"),
    Reason("dns", True, "the host could not be resolved",
           "{key} (host {host} could not be resolved: offline, or a typo in the address?)"),
    Reason("connection_lost", True, "the connection was lost"),
    Reason("redirect_loop", True, "redirects that come back to an address already met"),
    Reason("too_many_redirects", True, "more redirects than allowed"),
    Reason("ignored", True, "a request Scrapy dropped for a reason of its own"),
    # ---- an archive: what `newsscrape warc` met ---------------------------------------------------------
    Reason("source_unreadable", True, "an archive that could not be opened"),
    Reason("source_broken", True, "an archive cut short or corrupt past some records"),
    Reason("not_warc", True, "a file that is not a WARC archive"),
)
TABLE: dict[str, Reason] = {r.key: r for r in _ALL}
HTTP_PREFIX = "http_"            # http_404, http_503: an answer with that status


def get(key: str) -> Reason:
    """The reason of ``key``; an HTTP status is an error; a key not in the table (an exception's name, the
    crawl's fallback) is an error that means what it says."""
    if key in TABLE:
        return TABLE[key]
    if key.startswith(HTTP_PREFIX) and key[len(HTTP_PREFIX):].isdigit():
        return Reason(key, True, f"the server answered HTTP {key[len(HTTP_PREFIX):]}")
    return Reason(key, True, key.replace("_", " "))


def is_error(key: str) -> bool:
    return get(key).error


def explain(key: str, url: str) -> str:
    """The key as counted, with what it means where the key alone does not say (a line of stderr)."""
    wording = get(key).explained
    return wording.format(key=key, host=urlsplit(url).hostname) if wording else key
