"""Web archives in: WARC files (local, streamed over http(s)) and Common Crawl's CC-NEWS months.

``reader`` turns a WARC stream into HTML responses (robust to corrupt gzip members), ``work`` extracts
one response (the function the process pool runs), ``run`` drives a run: sources, pool, dedup, state,
progress, signals. The same verdict, record, dedup and state as the crawl.
"""
