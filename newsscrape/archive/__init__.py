"""Web archives in: WARC files (local, streamed over http(s)) and Common Crawl's CC-NEWS months.

``reader`` turns a WARC stream into HTML responses (robust to corrupt gzip members); ``run`` drives a
run: sources, the extraction pool (``newsscrape.pool``), dedup, state, progress, signals. The same
verdict, record, dedup and state as the crawl.
"""
