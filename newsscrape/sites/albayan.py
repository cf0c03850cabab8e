"""البيان (Al Bayan), Dubai.

Discovery: the saved article page links per-section RSS feeds as <link rel=alternate> under /cmlink/;
the 'Across the UAE' mobile feed is used here. Article URLs end in <date>-1.<id>.
Extraction: generic. The 'المصدر: (أبوظبي - البيان)' label names the paper's own desk and so gives
no source (the generic self-credit rule).
"""

from .base import Profile

PROFILE = Profile(
    slug="albayan",
    feeds=("https://www.albayan.ae/cmlink/mobile-across-the-uae-1.1742117",
           "https://www.albayan.ae/cmlink/mobile-breaking-news-1.1831253"),
    article_pattern=r"/\d{4}-\d{2}-\d{2}-1\.\d+$",
)
