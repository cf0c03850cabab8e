"""run/report.py: the one summary line of the crawl and of `newsscrape warc`."""

from __future__ import annotations

from newsscrape.run.report import by_reason, summary_line


def test_the_summary_line_lists_every_skip_and_error_by_reason():
    counts = {"skipped/not_article": 3, "skipped/duplicate": 1, "errors/http_404": 2, "errors/timeout": 0,
              "articles": 7}
    line = summary_line("12 pages fetched", 7, by_reason(counts, "skipped"), by_reason(counts, "errors"),
                        ["retried: 1"], 2.04, "finished")
    assert line == ("newsscrape: 12 pages fetched, 7 articles written; skipped: duplicate=1 not_article=3; "
                    "errors: http_404=2; retried: 1; 2.0s (finished)")
    assert summary_line("1 response read", 1, {}, {}, [], 0.0, "finished") == \
        "newsscrape: 1 response read, 1 article written; skipped: none; errors: none; 0.0s (finished)"


def test_both_runs_build_their_line_here():
    import inspect

    from newsscrape.archive.run import ArchiveRun
    from newsscrape.crawl.report import Report

    assert "summary_line(" in inspect.getsource(Report.line)
    assert "summary_line(" in inspect.getsource(ArchiveRun.summary)
