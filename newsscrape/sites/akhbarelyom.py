"""بوابة أخبار اليوم (Akhbar El Yom), Cairo.

Discovery: the section RSS https://akhbarelyom.com/RSS/GetSectionRSS?JournalID=1 is linked from the
saved article page. Article URLs are /news/newdetails/<id>/1/<slug>.
Extraction: generic. Its article:published_time meta holds Arabic text ('الأربعاء، 07 أكتوبر 2020 -
12:09 م'), read by the Arabic date grammar with the Cairo zone (publishers.toml).
"""

from .base import Profile

PROFILE = Profile(
    slug="akhbarelyom",
    feeds=("https://akhbarelyom.com/RSS/GetSectionRSS?JournalID=1",),
    article_pattern=r"^/news/newdetails/\d+/",
)
